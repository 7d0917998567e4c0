/*
 * fuzz_run.c - the row handling every tool shares (fs_run_open and
 * fs_run_next, common/run.c) over each record format: the first byte
 * picks the format, the rest is the file.  Invalid rows go to a rejects
 * file; every valid row must hold values in their normal ranges.  With
 * run.values_only (the byte's bit 0x40) rows may be parsed straight
 * from the reader's index: a binding in the format's order must then
 * give each value the bytes of its field in the line (none, for a field
 * of white space alone, a missing value).
 */
#include <string.h>

#include "../common/run.h"
#include "fuzz.h"

static FILE *devnull;

static void
check_value(const struct fs_column *c, const struct fs_value *v)
{
	char buf[FS_FMT_MAX];
	int y, m, d;

	if (v->n == 0) {
		FUZZ_ASSERT(!c->required);
		return;
	}
	switch (c->type) {
	case FS_DATE:
		fs_date_split(v->v.date, &y, &m, &d);
		FUZZ_ASSERT(fs_date_valid(y, m, d) && y >= 0 && y <= 9999);
		FUZZ_ASSERT(fs_date_fmt(v->v.date, buf) == 10 &&
		    memcmp(buf, v->p, 10) == 0);
		break;
	case FS_COUNT:
		FUZZ_ASSERT(v->v.num >= 0);
		break;
	case FS_YESNO:
		FUZZ_ASSERT(v->v.yes == 0 || v->v.yes == 1);
		break;
	case FS_RATIO:
		FUZZ_ASSERT(v->v.ratio.den > 0 && v->v.ratio.num >= 0);
		break;
	case FS_CHOICE:
		FUZZ_ASSERT(v->v.choice >= 0);
		for (y = 0; y < v->v.choice; y++)
			FUZZ_ASSERT(c->allowed[y] != NULL);
		FUZZ_ASSERT(c->allowed[v->v.choice] != NULL &&
		    fs_slice_eq(v->p, v->n, c->allowed[v->v.choice]));
		break;
	case FS_ID:
		FUZZ_ASSERT(fs_id_check(v->p, v->n) == NULL);
		break;
	default:
		break;
	}
}

/*
 * Is v the k-th field of the line p[0 .. n)?  A field of white space
 * alone is a missing value: v is its start, and empty.
 */
static int
is_field(const char *p, size_t n, int k, const struct fs_value *v)
{
	const char *end = p + n, *tab;

	for (; k > 0; k--) {
		if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL)
			return 0;
		p = tab + 1;
	}
	if ((tab = memchr(p, '\t', (size_t)(end - p))) != NULL)
		end = tab;
	return v->p == p && (v->n == (size_t)(end - p) ||
	    (v->n == 0 && fs_blank(p, (size_t)(end - p))));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static size_t nformats;
	const struct fs_format *fmt;
	struct fs_run run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	const char *path;
	int fd, i, rc;

	if (size < 1)
		return 0;
	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	while (fs_formats[nformats] != NULL)
		nformats++;
	fmt = fs_formats[data[0] % nformats];
	path = fuzz_file(data + 1, size - 1, &fd);

	fs_run_init(&run, "fuzz_run", "");
	run.keep_going = 1;
	run.as_of = fs_date_make(2026, 6, 30);
	run.rejects = (data[0] & 0x80) ? devnull : NULL;
	/* The rejected rows' spool is not opened: they go nowhere. */
	run.values_only = (data[0] & 0x40) != 0;
	if (fs_run_open(&run, &r, path, fmt, &b) == 0) {
		while ((rc = fs_run_next(&run, &r, &b, v)) == FS_TSV_ROW) {
			FUZZ_ASSERT(r.nf == r.ncols ||
			    (run.values_only && r.nf == 0));
			for (i = 0; i < fmt->ncols; i++) {
				check_value(&fmt->cols[i], &v[i]);
				if (b.inorder)
					FUZZ_ASSERT(is_field(r.line, r.linelen,
					    i, &v[i]));
			}
		}
		FUZZ_ASSERT(rc == FS_TSV_EOF);
	}
	fs_tsv_close(&r);
	fuzz_close(fd);
	run.rejects = NULL;
	run.ninvalid = 0;
	fs_run_finish(&run, 0);
	return 0;
}
