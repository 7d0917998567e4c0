/*
 * test_spool.c - records kept aside and read back in order.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "../../common/spool.h"
#include "unit.h"

/*
 * Past the spool's memory: 40000 records of varied sizes, one of them
 * larger than the buffer, through the file and back; with behind, the
 * file written on a thread of the spool's (fs_spool_behind()).
 */
static void
through_file(int behind)
{
	static char huge[3 << 20], big[200];
	struct fs_spool s;
	const char *p;
	size_t len, n;
	int i, ok;

	memset(huge, 'h', sizeof(huge));
	memset(big, 'x', sizeof(big));
	fs_spool_open(&s);
	if (behind)
		fs_spool_behind(&s);
	for (i = 0; i < 40000; i++) {
		len = (size_t)(i * 7919) % 200;
		fs_spool_add(&s, &i, sizeof(i));
		fs_spool_add(&s, big, len);
		if (i == 20000)
			fs_spool_add(&s, huge, sizeof(huge));
		fs_spool_end(&s);
	}
	CHECK(s.spilled && (s.behind != NULL) == behind);
	CHECK(fs_spool_rewind(&s) == 0);
	CHECK(s.behind == NULL);
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
 * A write to the file that fails (past the file size limit, SIGXFSZ
 * ignored): the spool fails with its error, on the thread or not, by
 * fs_spool_rewind() at the latest; and a spool closed before it is read
 * back ends its thread.
 */
static void
write_fails(int behind)
{
	static char big[100000];
	struct rlimit was, lim;
	struct fs_spool s;
	const char *p;
	size_t n;
	int i;

	memset(big, 'y', sizeof(big));
	signal(SIGXFSZ, SIG_IGN);
	CHECK(getrlimit(RLIMIT_FSIZE, &was) == 0);
	lim = was;
	lim.rlim_cur = 2 << 20;
	CHECK(setrlimit(RLIMIT_FSIZE, &lim) == 0);
	fs_spool_open(&s);
	if (behind)
		fs_spool_behind(&s);
	for (i = 0; i < 60; i++) {
		fs_spool_add(&s, big, sizeof(big));
		fs_spool_end(&s);
	}
	CHECK(fs_spool_rewind(&s) < 0 && s.err == EFBIG && !s.nofile);
	CHECK(fs_spool_next(&s, &p, &n) < 0);
	fs_spool_close(&s);
	fs_spool_open(&s);		/* closed while written */
	if (behind)
		fs_spool_behind(&s);
	for (i = 0; i < 15; i++) {
		fs_spool_add(&s, big, sizeof(big));
		fs_spool_end(&s);
	}
	fs_spool_close(&s);
	CHECK(s.behind == NULL);
	CHECK(setrlimit(RLIMIT_FSIZE, &was) == 0);
	signal(SIGXFSZ, SIG_DFL);
}

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

	through_file(0);
	through_file(1);	/* written on a thread of its own */
	write_fails(0);
	write_fails(1);

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
