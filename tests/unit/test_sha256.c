/*
 * test_sha256.c - SHA-256 with either block function: the standard's
 * examples, and libmd's SHA256 on messages of every length up to 300
 * bytes and random ones, fed whole and in random pieces, and two at
 * once (fs_sha256_two()).
 */
#include <sys/types.h>

#include <sha2.h>
#include <stdlib.h>
#include <string.h>

#include "../../common/sha256.h"
#include "unit.h"

static void
hex(const uint8_t d[FS_SHA256_LEN], char out[2 * FS_SHA256_LEN + 1])
{
	static const char digits[] = "0123456789abcdef";
	int i;

	for (i = 0; i < FS_SHA256_LEN; i++) {
		out[2 * i] = digits[d[i] >> 4];
		out[2 * i + 1] = digits[d[i] & 15];
	}
	out[2 * FS_SHA256_LEN] = '\0';
}

static const char *
digest(const void *p, size_t n)
{
	static char out[2 * FS_SHA256_LEN + 1];
	struct fs_sha256 c;
	uint8_t d[FS_SHA256_LEN];

	fs_sha256_init(&c);
	fs_sha256_update(&c, p, n);
	fs_sha256_final(&c, d);
	hex(d, out);
	return out;
}

/* FIPS 180-4's examples (NIST's "SHA256.pdf"). */
static void
test_examples(void)
{
	static char a[1000000];
	const char *m56 =
	    "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	struct fs_sha256 c;
	uint8_t d[FS_SHA256_LEN];
	char out[2 * FS_SHA256_LEN + 1];
	int i;

	CHECK_STR(digest("abc", 3), "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad");
	CHECK_STR(digest("", 0), "e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
	CHECK_STR(digest(m56, strlen(m56)), "248d6a61d20638b8e5c026930c3e6039"
	    "a33ce45964ff2167f6ecedd419db06c1");
	memset(a, 'a', sizeof(a));
	CHECK_STR(digest(a, sizeof(a)), "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
	/* the million a's a byte at a time, then 999 at a time */
	fs_sha256_init(&c);
	for (i = 0; i < 1000000; i++)
		fs_sha256_update(&c, "a", 1);
	fs_sha256_final(&c, d);
	hex(d, out);
	CHECK_STR(out, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
	fs_sha256_init(&c);
	for (i = 0; i < 1000000; i += 1000)
		fs_sha256_update(&c, a, 1000);
	fs_sha256_final(&c, d);
	hex(d, out);
	CHECK_STR(out, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0");
}

/* libmd's digest of p[0..n). */
static void
md(const uint8_t *p, size_t n, uint8_t d[FS_SHA256_LEN])
{
	SHA2_CTX ctx;

	SHA256Init(&ctx);
	SHA256Update(&ctx, p, n);
	SHA256Final(d, &ctx);
}

/* Every length to 300, then random ones, whole and in random pieces. */
static void
test_against_md(void)
{
	static uint8_t msg[5000];
	struct fs_sha256 c;
	uint8_t want[FS_SHA256_LEN], got[FS_SHA256_LEN];
	size_t n, at, k;
	int i, bad = 0, pieces = 0;

	srand(1);
	for (n = 0; n < sizeof(msg); n++)
		msg[n] = (uint8_t)rand();
	for (i = 0; i < 2300; i++) {
		n = i <= 300 ? (size_t)i : (size_t)rand() % sizeof(msg);
		md(msg, n, want);
		fs_sha256_init(&c);
		fs_sha256_update(&c, msg, n);
		fs_sha256_final(&c, got);
		bad += memcmp(want, got, sizeof(got)) != 0;
		fs_sha256_init(&c);
		for (at = 0; at < n; at += k) {
			k = (size_t)rand() % 130;
			if (k > n - at)
				k = n - at;
			fs_sha256_update(&c, msg + at, k);
			pieces++;
		}
		fs_sha256_final(&c, got);
		bad += memcmp(want, got, sizeof(got)) != 0;
	}
	CHECK(bad == 0);
	CHECK(pieces > 10000);
}

/*
 * fs_sha256_two() on pairs of every length to 300 and random ones, each
 * against libmd's: the shorter of a pair ends while the other goes on.
 */
static void
test_two(void)
{
	static uint8_t msg[5000], a[5000 + FS_SHA256_PAD],
	    b[5000 + FS_SHA256_PAD];
	uint8_t wa[FS_SHA256_LEN], wb[FS_SHA256_LEN], ga[FS_SHA256_LEN],
	    gb[FS_SHA256_LEN];
	size_t na, nb, ka, kb;
	int i, bad = 0;

	srand(2);
	for (na = 0; na < sizeof(msg); na++)
		msg[na] = (uint8_t)rand();
	for (i = 0; i < 2300; i++) {
		na = i <= 300 ? (size_t)i : (size_t)rand() % sizeof(msg);
		nb = i <= 300 ? (size_t)(300 - i) : (size_t)rand() % 400;
		memcpy(a, msg, na);
		memcpy(b, msg + sizeof(msg) - nb, nb);
		md(a, na, wa);
		md(b, nb, wb);
		ka = fs_sha256_pad(a, na);
		kb = fs_sha256_pad(b, nb);
		bad += ka * 64 < na + 9 || ka * 64 > na + FS_SHA256_PAD;
		fs_sha256_two(a, ka, b, kb, ga, gb);
		bad += memcmp(wa, ga, sizeof(ga)) != 0;
		bad += memcmp(wb, gb, sizeof(gb)) != 0;
		/* the same pair the other way round */
		fs_sha256_two(b, kb, a, ka, gb, ga);
		bad += memcmp(wa, ga, sizeof(ga)) != 0;
		bad += memcmp(wb, gb, sizeof(gb)) != 0;
	}
	CHECK(bad == 0);
}

int
main(void)
{
	int fast;

	/* The SHA extensions where the processor has them, then libmd's. */
	fast = fs_sha256_use(1);
	printf("# SHA extensions: %s\n", fast ? "used" : "not here");
	test_examples();
	test_against_md();
	test_two();
	CHECK(fs_sha256_use(0) == 0);
	test_examples();
	test_against_md();
	test_two();
	return unit_done();
}
