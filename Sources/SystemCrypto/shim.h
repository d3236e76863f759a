// OpenSSL's libcrypto (Debian: libssl-dev), found through pkg-config libcrypto: the
// SHA-256 of every input. One digest does not justify compiling a bundled BoringSSL.
//
// The SHA256_Init/Update/Final functions, not EVP_Digest: OpenSSL 3 marks them deprecated
// in favour of EVP, but EVP looks the algorithm up through its provider tables first, which
// cost more than hashing a plan (5 M instructions in a one-plan process). The compatibility
// level below keeps them declared without the deprecation.
#define OPENSSL_API_COMPAT 10101
#include <openssl/sha.h>
