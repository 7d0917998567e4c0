/*
 * test_spool.c - records kept aside and read back in order.
 */
#include <stdlib.h>
#include <string.h>

#include "../../common/spool.h"
#include "unit.h"

int
main(void)
{
	struct fs_spool s;
	const char *p;
	size_t n;
	char big[100000];
	int i, ok = 1;

	memset(big, 'x', sizeof(big));
	fs_spool_open(&s);
	for (i = 0; i < 1000; i++) {
		fs_spool_add(&s, &i, sizeof(i));
		fs_spool_add(&s, "row", 3);
		fs_spool_end(&s);
	}
	fs_spool_end(&s);			/* an empty record */
	fs_spool_add(&s, big, sizeof(big));
	fs_spool_end(&s);
	CHECK(fs_spool_rewind(&s) == 0);
	for (i = 0; i < 1000; i++) {
		int k;

		if (fs_spool_next(&s, &p, &n) != 1 || n != sizeof(k) + 3)
			ok = 0;
		memcpy(&k, p, sizeof(k));
		if (k != i || memcmp(p + sizeof(k), "row", 3) != 0)
			ok = 0;
	}
	CHECK(ok);
	CHECK(fs_spool_next(&s, &p, &n) == 1 && n == 0);
	CHECK(fs_spool_next(&s, &p, &n) == 1 && n == sizeof(big) &&
	    memcmp(p, big, n) == 0);
	CHECK(fs_spool_next(&s, &p, &n) == 0);
	fs_spool_close(&s);

	/*
	 * Past the spool's memory: 40000 records of varied sizes, one of
	 * them larger than the buffer, through the file and back.
	 */
	{
		static char huge[3 << 20];
		size_t len;

		memset(huge, 'h', sizeof(huge));
		fs_spool_open(&s);
		for (i = 0; i < 40000; i++) {
			len = (size_t)(i * 7919) % 200;
			fs_spool_add(&s, &i, sizeof(i));
			fs_spool_add(&s, big, len);
			if (i == 20000)
				fs_spool_add(&s, huge, sizeof(huge));
			fs_spool_end(&s);
		}
		CHECK(fs_spool_rewind(&s) == 0);
		for (ok = 1, i = 0; i < 40000; i++) {
			int k;

			len = (size_t)(i * 7919) % 200 +
			    (i == 20000 ? sizeof(huge) : 0);
			if (fs_spool_next(&s, &p, &n) != 1 ||
			    n != sizeof(k) + len) {
				ok = 0;
				break;
			}
			memcpy(&k, p, sizeof(k));
			if (k != i || (len > 0 && p[sizeof(k) + len - 1] !=
			    (i == 20000 ? 'h' : 'x')))
				ok = 0;
		}
		CHECK(ok);
		CHECK(fs_spool_next(&s, &p, &n) == 0);
		fs_spool_close(&s);
	}

	/*
	 * No temporary file to be had: a spool that fits in memory needs
	 * none; one that outgrows it fails, and says it could not make one.
	 */
	setenv("TMPDIR", "/nonexistent-dir", 1);
	CHECK(strcmp(fs_tmpdir(), "/nonexistent-dir") == 0);
	fs_spool_open(&s);
	fs_spool_add(&s, big, sizeof(big));
	fs_spool_end(&s);
	CHECK(fs_spool_rewind(&s) == 0);
	CHECK(fs_spool_next(&s, &p, &n) == 1 && n == sizeof(big));
	CHECK(fs_spool_next(&s, &p, &n) == 0);
	fs_spool_close(&s);
	fs_spool_open(&s);
	for (i = 0; i < 20; i++) {
		fs_spool_add(&s, big, sizeof(big));
		fs_spool_end(&s);
	}
	CHECK(s.err != 0 && s.nofile);
	CHECK(fs_spool_rewind(&s) < 0);
	CHECK(fs_spool_next(&s, &p, &n) < 0);
	fs_spool_close(&s);
	return unit_done();
}
