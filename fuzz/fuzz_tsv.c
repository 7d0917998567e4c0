/*
 * fuzz_tsv.c - the TSV reader (common/tsv.c): any bytes give a header or
 * a reason, then rows whose fields lie inside the line and agree with the
 * header, or invalid rows with a reason; never a crash.
 */
#include <string.h>

#include "../common/tsv.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fs_tsv r;
	enum fs_tsv_status st;
	const char *why, *path;
	char *dec;
	size_t i, n;
	long last;
	int fd;

	path = fuzz_file(data, size, &fd);
	if (fs_tsv_open(&r, path) < 0)
		abort();
	if (fs_tsv_header(&r, &why) != 0) {
		FUZZ_ASSERT(why != NULL && *why != '\0');
		goto out;
	}
	FUZZ_ASSERT(r.ncols >= 1 && r.lineno >= 1);
	FUZZ_ASSERT(fs_utf8_check(r.hdr, r.hdrlen) == NULL);
	for (i = 0; i < r.ncols; i++)
		FUZZ_ASSERT(fs_tsv_col(&r, "") >= -1 &&
		    memchr(r.col[i].p, '\t', r.col[i].n) == NULL);
	last = r.lineno;
	while ((st = fs_tsv_next(&r)) != FS_TSV_EOF) {
		FUZZ_ASSERT(st != FS_TSV_ERROR);
		FUZZ_ASSERT(r.lineno > last);
		last = r.lineno;
		FUZZ_ASSERT(r.linelen > 0);
		FUZZ_ASSERT(memchr(r.line, '\n', r.linelen) == NULL);
		if (st == FS_TSV_BAD) {
			FUZZ_ASSERT(r.bad != NULL);
			continue;
		}
		FUZZ_ASSERT(r.nf == r.ncols);
		FUZZ_ASSERT(fs_utf8_check(r.line, r.linelen) == NULL);
		for (i = 0, n = 0; i < r.nf; i++) {
			FUZZ_ASSERT(r.f[i].p >= r.line &&
			    r.f[i].p + r.f[i].n <= r.line + r.linelen);
			FUZZ_ASSERT(memchr(r.f[i].p, '\t', r.f[i].n) == NULL);
			n += r.f[i].n;
			dec = malloc(r.f[i].n + 1);
			FUZZ_ASSERT(fs_unescape(r.f[i].p, r.f[i].n, dec) <=
			    r.f[i].n);
			free(dec);
		}
		FUZZ_ASSERT(n + r.nf - 1 == r.linelen);
	}
out:
	fs_tsv_close(&r);
	fuzz_close(fd);
	return 0;
}
