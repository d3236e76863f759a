// The compression of FIPS 180-4 6.2.2 with the SHA extensions' instructions, as Intel
// describes them ("Intel SHA Extensions", 2013): the state is kept as the two halves
// ABEF and CDGH that sha256rnds2 works on, four message words a step.
#include "CSHA256Blocks.h"

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

int hp_sha256_blocks_available(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) || !(c & bit_SSSE3)) return 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 0;
    return (b & bit_SHA) != 0;
}

__attribute__((target("sha,sse4.1,ssse3")))
void hp_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t count, const uint32_t k[64]) {
    // Big-endian words from the message bytes.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // H0…H7 → ABEF and CDGH.
    __m128i dcba = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i hgfe = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; count > 0; count--, data += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        // w[0] holds the words of the next four rounds, w[1]…w[3] the twelve after them.
        __m128i w[4];
        for (int i = 0; i < 4; i++) w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), byteSwap);
        for (int step = 0; step < 16; step++) {
            __m128i kw = _mm_add_epi32(w[0], _mm_loadu_si128((const __m128i *)&k[4 * step]));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, kw);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(kw, 0x0E));
            // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four at a time, up to W[63].
            __m128i next = w[0];
            if (step < 12) {
                next = _mm_add_epi32(_mm_sha256msg1_epu32(w[0], w[1]), _mm_alignr_epi8(w[3], w[2], 4));
                next = _mm_sha256msg2_epu32(next, w[3]);
            }
            w[0] = w[1]; w[1] = w[2]; w[2] = w[3]; w[3] = next;
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    // ABEF and CDGH → H0…H7.
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

#else

int hp_sha256_blocks_available(void) { return 0; }
void hp_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t count, const uint32_t k[64]) {
    (void)state; (void)data; (void)count; (void)k;
}

#endif
