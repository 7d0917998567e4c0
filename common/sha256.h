/*
 * sha256.h - SHA-256 (FIPS 180-4) for fs-seal's chains.
 *
 * A row's seal hashes about 150 bytes, three blocks, and each seal
 * waits for the one before it: the block function is the whole cost
 * (verifying need not wait: fs_sha256_two()).
 * Where CPUID reports the SHA extensions (x86-64: Intel Goldmont, Ice
 * Lake and later cores, not the Skylake-derived ones; AMD since Zen), a
 * block takes about a hundred cycles with them instead of 500 to 800
 * with libmd's SHA256Transform(3), the block function elsewhere.  The digests are the same either way
 * (tests/unit/test_sha256.c checks them against libmd's SHA256 and the
 * standard's examples).
 */
#ifndef FS_SHA256_H
#define FS_SHA256_H

#include <stddef.h>
#include <stdint.h>

enum { FS_SHA256_LEN = 32 };

struct fs_sha256 {
	uint32_t h[8];
	uint64_t n;		/* bytes hashed so far */
	uint8_t buf[64];	/* the block under way: n % 64 bytes */
};

void fs_sha256_init(struct fs_sha256 *c);
void fs_sha256_update(struct fs_sha256 *c, const void *p, size_t n);
void fs_sha256_final(struct fs_sha256 *c, uint8_t out[FS_SHA256_LEN]);

/*
 * Two whole messages hashed at once, for rows that need no chain between
 * them (fs-seal --verify): with the SHA extensions, one message's rounds
 * run while the other's wait for theirs, nearly twice as fast as one
 * after the other.  fs_sha256_pad() pads the n bytes at m in place (m
 * must have room for FS_SHA256_PAD bytes more) and returns the number of
 * 64-byte blocks; fs_sha256_two() hashes nb0 blocks at m0 and nb1 at m1,
 * padded so, into d0 and d1.
 */
enum { FS_SHA256_PAD = 72 };
size_t fs_sha256_pad(uint8_t *m, size_t n);
void fs_sha256_two(const uint8_t *m0, size_t nb0, const uint8_t *m1,
    size_t nb1, uint8_t d0[FS_SHA256_LEN], uint8_t d1[FS_SHA256_LEN]);

/*
 * Which block function runs: 1 the SHA extensions, 0 libmd's.  For
 * tests: fs_sha256_use(0) makes every later hash use libmd's; 1 the
 * extensions where the processor has them.  Returns what is used now.
 */
int fs_sha256_use(int fast);

#endif
