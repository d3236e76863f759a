// SHA-256's compression function on the x86 SHA extensions (SHA-NI), for the processors
// that have them: the hash of every plan's input (source.sha256) costs some 4 instructions
// a byte there, against about 55 in the portable Swift of SHA256Digest.swift, which stays
// the reference and the path everywhere else. Only the 64-byte blocks are done here; the
// padding and the digest's bytes are Swift's.
#include <stddef.h>
#include <stdint.h>

/// 1 when this processor has the SHA extensions and SSE4.1 (asked of cpuid), else 0;
/// always 0 when not built for x86-64.
int hp_sha256_blocks_available(void);

/// `count` 64-byte blocks of `data` into `state` (the eight words H0…H7 of FIPS 180-4);
/// `k` the standard's 64 round constants (SHA256Digest.swift's table). Call only where
/// hp_sha256_blocks_available() says 1.
void hp_sha256_blocks(uint32_t state[_Nonnull 8], const uint8_t *_Nonnull data, size_t count, const uint32_t k[_Nonnull 64]);
