// OpenSSL's libcrypto (Debian: libssl-dev), found through pkg-config libcrypto: the
// SHA-256 of every input. One digest does not justify compiling a bundled BoringSSL.
#include <openssl/evp.h>
