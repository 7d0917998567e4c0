/*
 * sha256.c - SHA-256, its blocks hashed with the SHA extensions where the
 * processor has them, else with libmd's SHA256Transform(3).
 */
#include <sys/types.h>

#include <sha2.h>
#include <stdatomic.h>
#include <string.h>

#include "sha256.h"

typedef void block_fn(uint32_t h[8], const uint8_t *p, size_t n);

/* libmd's, a block at a time. */
static void
blocks_md(uint32_t h[8], const uint8_t *p, size_t n)
{
	for (; n > 0; n--, p += 64)
		SHA256Transform(h, p);
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>

#define HAVE_SHANI 1

static const uint32_t K[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b,
	0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
	0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
	0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
	0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152,
	0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
	0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
	0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
	0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
	0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

/*
 * The SHA extensions keep the eight words in two registers, (a, b, e, f)
 * and (c, d, g, h), highest lane first; sha256rnds2 does two rounds,
 * taking the two words of W + K from its third operand's low lanes.
 * The message schedule's next four words come from the last sixteen:
 * sha256msg1 adds sigma0 of the following word to each, the words seven
 * back are added as one shifted register, and sha256msg2 adds sigma1 of
 * the words two back.
 */
__attribute__((target("sha,ssse3,sse4.1"), always_inline)) static inline void
shani_lanes(const int lanes, uint32_t *h[2], const uint8_t *p[2], size_t n)
{
	const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL,
	    0x0405060700010203ULL);
	__m128i abef[2], cdgh[2], t, m[2][4], wk, abef0[2], cdgh0[2], k;
	int i, l;

	for (l = 0; l < lanes; l++) {
		t = _mm_loadu_si128((const __m128i *)&h[l][0]);	/* d c b a */
		cdgh[l] = _mm_loadu_si128((const __m128i *)&h[l][4]);
		t = _mm_shuffle_epi32(t, 0xb1);			/* c d a b */
		cdgh[l] = _mm_shuffle_epi32(cdgh[l], 0x1b);	/* e f g h */
		abef[l] = _mm_alignr_epi8(t, cdgh[l], 8);	/* a b e f */
		cdgh[l] = _mm_blend_epi16(cdgh[l], t, 0xf0);	/* c d g h */
	}
	for (; n > 0; n--) {
		for (l = 0; l < lanes; l++) {
			abef0[l] = abef[l];
			cdgh0[l] = cdgh[l];
			for (i = 0; i < 4; i++)
				m[l][i] = _mm_shuffle_epi8(_mm_loadu_si128(
				    (const __m128i *)(p[l] + 16 * i)), swap);
			p[l] += 64;
		}
#pragma GCC unroll 16
		for (i = 0; i < 16; i++) {
			k = _mm_loadu_si128((const __m128i *)&K[4 * i]);
#pragma GCC unroll 2
			for (l = 0; l < lanes; l++) {
				if (i >= 4) {
					t = _mm_alignr_epi8(m[l][(i + 3) & 3],
					    m[l][(i + 2) & 3], 4);
					m[l][i & 3] = _mm_sha256msg2_epu32(
					    _mm_add_epi32(_mm_sha256msg1_epu32(
					    m[l][i & 3], m[l][(i + 1) & 3]), t),
					    m[l][(i + 3) & 3]);
				}
				wk = _mm_add_epi32(m[l][i & 3], k);
				cdgh[l] = _mm_sha256rnds2_epu32(cdgh[l],
				    abef[l], wk);
				abef[l] = _mm_sha256rnds2_epu32(abef[l],
				    cdgh[l], _mm_shuffle_epi32(wk, 0x0e));
			}
		}
		for (l = 0; l < lanes; l++) {
			abef[l] = _mm_add_epi32(abef[l], abef0[l]);
			cdgh[l] = _mm_add_epi32(cdgh[l], cdgh0[l]);
		}
	}
	for (l = 0; l < lanes; l++) {
		t = _mm_shuffle_epi32(abef[l], 0x1b);		/* f e b a */
		cdgh[l] = _mm_shuffle_epi32(cdgh[l], 0xb1);	/* d c h g */
		abef[l] = _mm_blend_epi16(t, cdgh[l], 0xf0);	/* d c b a */
		cdgh[l] = _mm_alignr_epi8(cdgh[l], t, 8);	/* h g f e */
		_mm_storeu_si128((__m128i *)&h[l][0], abef[l]);
		_mm_storeu_si128((__m128i *)&h[l][4], cdgh[l]);
	}
}

__attribute__((target("sha,ssse3,sse4.1")))
static void
blocks_shani(uint32_t h[8], const uint8_t *p, size_t n)
{
	uint32_t *hh[2] = { h, NULL };
	const uint8_t *pp[2] = { p, NULL };

	shani_lanes(1, hh, pp, n);
}

/*
 * Two messages' blocks at once, n of each, block by block: a round waits
 * for the round before it (about three cycles a sha256rnds2), and the
 * other message's rounds go in between.
 */
__attribute__((target("sha,ssse3,sse4.1")))
static void
blocks_shani2(uint32_t h0[8], const uint8_t *p0, uint32_t h1[8],
    const uint8_t *p1, size_t n)
{
	uint32_t *hh[2] = { h0, h1 };
	const uint8_t *pp[2] = { p0, p1 };

	shani_lanes(2, hh, pp, n);
}

/* CPUID: leaf 7's SHA bit, leaf 1's SSSE3 and SSE4.1. */
static int
have_shani(void)
{
	unsigned a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) ||
	    (c & bit_SSSE3) == 0 || (c & bit_SSE4_1) == 0)
		return 0;
	if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
		return 0;
	return (b & bit_SHA) != 0;
}
#else
#define HAVE_SHANI 0
#endif

static _Atomic(block_fn *) blocks;

int
fs_sha256_use(int fast)
{
	block_fn *f = blocks_md;

#if HAVE_SHANI
	if (fast && have_shani())
		f = blocks_shani;
#else
	(void)fast;
#endif
	atomic_store_explicit(&blocks, f, memory_order_relaxed);
	return f != blocks_md;
}

static const uint32_t H0[8] = {
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
};

/* The block function in use, chosen at the first call. */
static block_fn *
blocks_now(void)
{
	block_fn *f = atomic_load_explicit(&blocks, memory_order_relaxed);

	if (f == NULL) {
		(void)fs_sha256_use(1);
		f = atomic_load_explicit(&blocks, memory_order_relaxed);
	}
	return f;
}

void
fs_sha256_init(struct fs_sha256 *c)
{
	(void)blocks_now();
	memcpy(c->h, H0, sizeof(H0));
	c->n = 0;
}

void
fs_sha256_update(struct fs_sha256 *c, const void *data, size_t n)
{
	block_fn *f = atomic_load_explicit(&blocks, memory_order_relaxed);
	const uint8_t *p = data;
	size_t have = (size_t)(c->n % 64), k;

	if (n == 0)
		return;		/* p may be an empty buffer's NULL */
	c->n += n;
	if (have > 0) {
		k = 64 - have < n ? 64 - have : n;
		memcpy(c->buf + have, p, k);
		p += k;
		n -= k;
		if (have + k < 64)
			return;
		f(c->h, c->buf, 1);
	}
	if (n >= 64) {
		f(c->h, p, n / 64);
		p += n / 64 * 64;
		n %= 64;
	}
	if (n > 0)
		memcpy(c->buf, p, n);
}

/* The eight words, big-endian. */
static void
digest(const uint32_t h[8], uint8_t out[FS_SHA256_LEN])
{
	int i;

	for (i = 0; i < 8; i++) {
		out[4 * i] = (uint8_t)(h[i] >> 24);
		out[4 * i + 1] = (uint8_t)(h[i] >> 16);
		out[4 * i + 2] = (uint8_t)(h[i] >> 8);
		out[4 * i + 3] = (uint8_t)h[i];
	}
}

void
fs_sha256_final(struct fs_sha256 *c, uint8_t out[FS_SHA256_LEN])
{
	block_fn *f = atomic_load_explicit(&blocks, memory_order_relaxed);
	size_t have = (size_t)(c->n % 64);
	uint64_t bits = c->n * 8;
	int i;

	c->buf[have++] = 0x80;
	if (have > 56) {
		memset(c->buf + have, 0, 64 - have);
		f(c->h, c->buf, 1);
		have = 0;
	}
	memset(c->buf + have, 0, 56 - have);
	for (i = 0; i < 8; i++)
		c->buf[56 + i] = (uint8_t)(bits >> (56 - 8 * i));
	f(c->h, c->buf, 1);
	digest(c->h, out);
}

size_t
fs_sha256_pad(uint8_t *m, size_t n)
{
	size_t nb = (n + 8) / 64 + 1, z = nb * 64 - 8 - n - 1;
	uint64_t bits = (uint64_t)n * 8;
	int i;

	m[n] = 0x80;
	memset(m + n + 1, 0, z);
	for (i = 0; i < 8; i++)
		m[nb * 64 - 8 + i] = (uint8_t)(bits >> (56 - 8 * i));
	return nb;
}

void
fs_sha256_two(const uint8_t *m0, size_t nb0, const uint8_t *m1, size_t nb1,
    uint8_t d0[FS_SHA256_LEN], uint8_t d1[FS_SHA256_LEN])
{
	block_fn *f = blocks_now();
	uint32_t h0[8], h1[8];
	size_t both = nb0 < nb1 ? nb0 : nb1;

	memcpy(h0, H0, sizeof(H0));
	memcpy(h1, H0, sizeof(H0));
#if HAVE_SHANI
	if (f == blocks_shani) {
		blocks_shani2(h0, m0, h1, m1, both);
		m0 += both * 64;
		m1 += both * 64;
		nb0 -= both;
		nb1 -= both;
	}
#else
	(void)both;
#endif
	if (nb0 > 0)
		f(h0, m0, nb0);
	if (nb1 > 0)
		f(h1, m1, nb1);
	digest(h0, d0);
	digest(h1, d1);
}
