/*
 * fuzz_roundtrip.c - fs-export then fs-import gives the table back.
 *
 * The input is a table: the first byte gives the number of columns and
 * the options (--delimiter ';', GB18030 on both sides, --bom), then fields
 * separated by the byte 0xff, which UTF-8 text never holds.  Fields
 * that are not UTF-8 text, rows of empty fields, rows equal to the header,
 * a byte-order mark before it or not (the import says "the header again",
 * as the TSV tools do: two files joined with cat), and tables whose header
 * repeats a name are left out, since TSV cannot hold them or the import
 * writes them as empty lines or refuses them; so are GB18030 files whose
 * start reads as UTF-8 text (reads_utf8()), which the import refuses as
 * UTF-8 named GB18030.
 * The table goes out with --raw, through the cores of cmd/fs-export.c
 * and cmd/fs-import.c, and must come back byte for byte; in UTF-8 each
 * row's line, where csv_line() makes it the record, must make the one
 * written field by field.
 */
#define FUZZING 1
#include "../cmd/fs-export.c"
#include "../cmd/fs-import.c"
#include "fuzz.h"

enum { MAX_FIELDS = 4096 };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct fs_slice f[MAX_FIELDS];
	struct fs_buf tsv = { 0 }, esc = { 0 }, hdr = { 0 }, rec = { 0 };
	struct fs_slice row[8];
	struct fs_out csv, back;
	struct fs_run run;
	struct export ex;
	struct import im;
	const char *p, *e, *sep, *enc;
	size_t nf = 0, ncols, i, j, at, bad, escstart[8], before;
	int rows = 0, empty, ok, status, ascii;
	unsigned char delim;

	if (size < 1)
		return 0;
	ncols = (size_t)(data[0] & 7) + 1;
	delim = (data[0] & 8) ? ';' : ',';
	enc = (data[0] & 16) ? "GB18030" : NULL;
	p = (const char *)data + 1;
	e = (const char *)data + size;
	while (p <= e && nf < MAX_FIELDS) {
		if ((sep = memchr(p, 0xff, (size_t)(e - p))) == NULL)
			sep = e;
		f[nf].p = p;
		f[nf].n = (size_t)(sep - p);
		nf++;
		p = sep + 1;
	}

	/* The table as TSV: the expected result, and the export's input. */
	fs_run_init(&run, "fuzz", "");
	fs_out_init(&csv, -1, "csv", 1);
	if (export_init(&ex, &csv, enc, delim, 1) < 0)
		abort();
	if (data[0] & 32)
		export_bom(&ex);
	for (at = 0; at + ncols <= nf; at += ncols) {
		ok = 1;
		empty = 1;
		for (i = 0; i < ncols; i++) {
			if (fs_utf8_check(f[at + i].p, f[at + i].n) != NULL)
				ok = 0;
			if (f[at + i].n > 0)
				empty = 0;
		}
		if (!ok || empty)
			continue;
		fs_buf_reset(&esc);
		for (i = 0; i < ncols; i++) {
			if (i > 0)
				fs_buf_add(&esc, "\t", 1);
			escstart[i] = esc.n;
			add_escaped(&esc, f[at + i].p, f[at + i].n);
		}
		for (i = 0; i < ncols; i++) {
			row[i].p = esc.p + escstart[i];
			row[i].n = (i + 1 < ncols ? escstart[i + 1] - 1 :
			    esc.n) - escstart[i];
		}
		/* A BOM before the header would be dropped, as tools do. */
		if (rows == 0 && row[0].n >= 3 &&
		    memcmp(row[0].p, "\xef\xbb\xbf", 3) == 0)
			goto out;
		if (rows == 0)
			for (i = 0; i < ncols; i++)
				for (j = 0; j < i; j++)
					if (fs_slice_cmp(row[i].p, row[i].n,
					    row[j].p, row[j].n) == 0)
						goto out;
		if (rows == 0)
			fs_buf_add(&hdr, esc.p, esc.n);
		else if (esc.n == hdr.n && memcmp(esc.p, hdr.p, esc.n) == 0)
			continue;
		else if (esc.n == hdr.n + 3 &&
		    memcmp(esc.p, "\xef\xbb\xbf", 3) == 0 &&
		    memcmp(esc.p + 3, hdr.p, hdr.n) == 0)
			continue;
		before = csv.n;
		if (export_row(&ex, row, ncols, &bad) != 0) {
			/* A character the encoding cannot hold. */
			FUZZ_ASSERT(enc != NULL);
			if (rows == 0)
				goto out;
			continue;
		}
		/*
		 * In UTF-8 the row's line, where csv_line() takes it as the
		 * record, is the record export_row() wrote field by field.
		 */
		if (enc == NULL && csv.spill == NULL) {
			fs_buf_reset(&rec);
			fs_buf_add(&rec, esc.p, esc.n);
			fs_buf_add(&rec, "\r\n", 2);
			if (csv_line(&ex, esc.p, esc.n, rec.p, &ascii))
				FUZZ_ASSERT(csv.n - before == rec.n &&
				    memcmp(csv.buf + before, rec.p, rec.n) == 0);
		}
		fs_buf_add(&tsv, esc.p, esc.n);
		fs_buf_add(&tsv, "\n", 1);
		rows++;
	}
	export_end(&ex);
	if (rows == 0 || csv.spill != NULL)
		goto out;
	if (enc != NULL && reads_utf8(csv.buf, csv.n < IMPORT_LOOK ? csv.n :
	    IMPORT_LOOK))
		goto out;

	/* Back in, in chunks of a few bytes. */
	fs_out_init(&back, -1, "tsv", 1);
	if (import_init(&im, &run, &back, enc, delim) < 0)
		abort();
	import_begin(&im, "fuzz.csv");
	for (at = 0; at < csv.n; at += 7)
		import_feed(&im, csv.buf + at, csv.n - at < 7 ? csv.n - at : 7);
	status = import_end(&im);
	import_free(&im);
	FUZZ_ASSERT(status == 0);
	FUZZ_ASSERT(back.spill == NULL);
	FUZZ_ASSERT(back.n == tsv.n && memcmp(back.buf, tsv.p, tsv.n) == 0);
	fs_out_discard(&back);
out:
	export_free(&ex);
	fs_out_discard(&csv);
	fs_buf_free(&tsv);
	fs_buf_free(&esc);
	fs_buf_free(&hdr);
	fs_buf_free(&rec);
	fs_run_finish(&run, 0);
	return 0;
}
