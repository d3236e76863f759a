// zlib (Debian: zlib1g-dev), found through pkg-config zlib: bounded inflate and CRC-32
// of ZIP parts. ZIPFoundation links the same library.
#include <zlib.h>
