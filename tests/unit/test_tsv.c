/*
 * test_tsv.c - the TSV reader and writer (SPEC 1.1, 1.4).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../common/format.h"
#include "../../common/table.h"
#include "../../common/tsv.h"
#include "unit.h"

static char path[] = "/tmp/fs-test-tsv.XXXXXX";

/* Writes n bytes to a fresh temporary file and opens a reader on it. */
static void
open_bytes(struct fs_tsv *r, const char *bytes, size_t n)
{
	int fd = mkstemp(path);

	if (fd < 0 || write(fd, bytes, n) != (ssize_t)n)
		abort();
	close(fd);
	if (fs_tsv_open(r, path) < 0)
		abort();
	unlink(path);
	strcpy(path + strlen(path) - 6, "XXXXXX");
}

#define OPEN(r, lit) open_bytes((r), (lit), sizeof(lit) - 1)

static int
field_is(const struct fs_tsv *r, size_t i, const char *want)
{
	return i < r->nf && fs_slice_eq(r->f[i].p, r->f[i].n, want);
}

static void
test_basic(void)
{
	struct fs_tsv r;
	const char *why;

	/* BOM, CRLF, an empty line, a missing final newline. */
	OPEN(&r, "\xef\xbb\xbf" "a\tb\r\n1\t2\r\n\r\n\n3\t4");
	CHECK(fs_tsv_header(&r, &why) == 0);
	CHECK(r.ncols == 2 && fs_tsv_col(&r, "a") == 0 &&
	    fs_tsv_col(&r, "b") == 1 && fs_tsv_col(&r, "c") == -1);
	CHECK(fs_tsv_next(&r) == FS_TSV_ROW);
	CHECK(r.lineno == 2 && field_is(&r, 0, "1") && field_is(&r, 1, "2"));
	CHECK(fs_tsv_next(&r) == FS_TSV_ROW);
	CHECK(r.lineno == 5 && field_is(&r, 0, "3") && field_is(&r, 1, "4"));
	CHECK(fs_tsv_next(&r) == FS_TSV_EOF);
	fs_tsv_close(&r);

	/* Leading empty lines: the header is the first non-empty line. */
	OPEN(&r, "\n\nx\n1\n");
	CHECK(fs_tsv_header(&r, &why) == 0 && r.lineno == 3);
	CHECK(fs_tsv_next(&r) == FS_TSV_ROW && r.lineno == 4);
	fs_tsv_close(&r);

	/* Empty fields are fields. */
	OPEN(&r, "a\tb\tc\n\t\t\n");
	CHECK(fs_tsv_header(&r, &why) == 0);
	CHECK(fs_tsv_next(&r) == FS_TSV_ROW && r.nf == 3 && r.f[1].n == 0);
	fs_tsv_close(&r);
}

static void
test_bad(void)
{
	struct fs_tsv r;
	const char *why;

	OPEN(&r, "");
	CHECK(fs_tsv_header(&r, &why) < 0);
	CHECK_STR(why, "no header line");
	fs_tsv_close(&r);

	OPEN(&r, "\n\r\n");
	CHECK(fs_tsv_header(&r, &why) < 0);
	fs_tsv_close(&r);

	OPEN(&r, "a\tb\ta\n");
	CHECK(fs_tsv_header(&r, &why) < 0);
	CHECK_STR(why, "column 'a' named twice");
	fs_tsv_close(&r);

	OPEN(&r, "a\tb\n1\n1\t2\t3\n1\t\xff\n1\t\xe4\xb8\n1\t\xc0\x80\n"
	    "1\t\xed\xa0\x80\n1\t\xe4\xb8\xad\n");
	CHECK(fs_tsv_header(&r, &why) == 0);
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD);
	CHECK_STR(r.bad, "1 fields where the header has 2");
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD);
	CHECK_STR(r.bad, "3 fields where the header has 2");
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD && r.lineno == 4);
	CHECK_STR(r.bad, "invalid UTF-8 in the line");
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD);	/* truncated sequence */
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD);	/* overlong */
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD);	/* surrogate */
	CHECK(fs_tsv_next(&r) == FS_TSV_ROW);	/* 中 */
	CHECK(fs_tsv_next(&r) == FS_TSV_EOF);
	fs_tsv_close(&r);

	open_bytes(&r, "a\tb\n1\t2\0x\n", 10);
	CHECK(fs_tsv_header(&r, &why) == 0);
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD);
	CHECK_STR(r.bad, "NUL byte in the line");
	CHECK(r.linelen == 5);		/* the line is kept whole */
	fs_tsv_close(&r);

	/* UTF-8 valid ASCII runs longer than a word, with a NUL at the end. */
	open_bytes(&r, "a\nabcdefghijklmnop\0\n", 20);
	CHECK(fs_tsv_header(&r, &why) == 0);
	CHECK(fs_tsv_next(&r) == FS_TSV_BAD);
	fs_tsv_close(&r);
}

static void
test_long_field(void)
{
	size_t big = 20u << 20, n = 0;
	char *buf = malloc(big + 64);
	struct fs_tsv r;
	const char *why;

	if (buf == NULL)
		abort();
	memcpy(buf, "id\tnote\nX\t", 10);
	n = 10;
	memset(buf + n, 'z', big);
	n += big;
	memcpy(buf + n, "\nY\tshort\n", 9);
	n += 9;
	open_bytes(&r, buf, n);
	free(buf);
	CHECK(fs_tsv_header(&r, &why) == 0);
	CHECK(fs_tsv_next(&r) == FS_TSV_ROW && r.f[1].n == big);
	CHECK(fs_tsv_next(&r) == FS_TSV_ROW && field_is(&r, 1, "short") &&
	    r.lineno == 3);
	CHECK(fs_tsv_next(&r) == FS_TSV_EOF);
	fs_tsv_close(&r);
}

static void
test_escapes(void)
{
	char out[32];
	size_t n;

	n = fs_unescape("a\\tb\\nc\\rd\\\\e\\x\\", 16, out);
	CHECK(n == 12 && memcmp(out, "a\tb\nc\rd\\e\\x\\", 12) == 0);
}

static void
test_writer(void)
{
	struct fs_out o;
	char file[] = "/tmp/fs-test-out.XXXXXX";
	char got[128];
	int fd = mkstemp(file);
	ssize_t n;
	long i;

	if (fd < 0)
		abort();
	unlink(file);
	fs_out_init(&o, fd, "test", 1);
	fs_out_text(&o, "a\tb\nc\\d\re", 9);
	fs_out_char(&o, '|');
	fs_out_amount(&o, -1205);
	fs_out_char(&o, '|');
	fs_out_fixed(&o, 2, 3, 4);
	fs_out_char(&o, '|');
	fs_out_date(&o, fs_date_make(2026, 2, 28));
	/* Held: nothing is written before the commit. */
	CHECK(lseek(fd, 0, SEEK_END) == 0);
	CHECK(fs_out_commit(&o) == 0);
	n = pread(fd, got, sizeof(got) - 1, 0);
	got[n < 0 ? 0 : n] = '\0';
	CHECK_STR(got, "a\\tb\\nc\\\\d\\re|-12.05|0.6667|2026-02-28");

	/* More than the memory block goes through the spill file. */
	if (ftruncate(fd, 0) != 0)
		abort();
	lseek(fd, 0, SEEK_SET);
	fs_out_init(&o, fd, "test", 1);
	for (i = 0; i < 300000; i++)
		fs_out_str(&o, "0123456789\n");
	CHECK(lseek(fd, 0, SEEK_END) == 0);
	CHECK(fs_out_commit(&o) == 0);
	CHECK(lseek(fd, 0, SEEK_END) == 3300000);
	close(fd);

	/* A write error is reported, not lost. */
	fs_out_init(&o, -1, "bad", 0);
	fs_out_str(&o, "x");
	CHECK(fs_out_commit(&o) < 0);
}

static void
test_table(void)
{
	struct fs_table t;
	struct fs_entry **v;
	char key[16];
	int i, created, *val;

	fs_table_init(&t, sizeof(int));
	for (i = 0; i < 1000; i++) {
		snprintf(key, sizeof(key), "k%d", 999 - i);
		val = fs_table_get(&t, key, strlen(key), &created);
		CHECK(created == 1);
		*val = i;
	}
	val = fs_table_get(&t, "k5", 2, &created);
	CHECK(created == 0 && *val == 994);
	CHECK(fs_table_find(&t, "k1000", 5) == NULL);
	CHECK(t.n == 1000);
	v = fs_table_sorted(&t);
	CHECK(strcmp(v[0]->key, "k0") == 0 && strcmp(v[1]->key, "k1") == 0 &&
	    strcmp(v[2]->key, "k10") == 0 && strcmp(v[999]->key, "k999") == 0);
	free(v);
	fs_table_free(&t);
}

int
main(void)
{
	test_basic();
	test_bad();
	test_long_field();
	test_escapes();
	test_writer();
	test_table();
	return unit_done();
}
