/*
 * fuzz_csv.c - the CSV importer of cmd/fs-import.c, its core compiled in.
 *
 * The first byte picks the options (--rejects, --from-encoding GB18030,
 * --delimiter ';', no --delimiter: a comma or a tab found on the first
 * line) and seeds the chunk sizes; the rest is the file.  The
 * file is imported twice, whole and in chunks of random sizes, and both
 * must agree byte for byte (the state kept across chunks: BOM, a
 * character cut by a chunk, libcsv's record, the line count, the first
 * line held for the delimiter).  What the import writes must be TSV that
 * every tool reads: UTF-8, no NUL, every row with the header's field
 * count; its empty lines (blank records) each before a line that is not.
 */
#define FUZZING 1
#include "../cmd/fs-import.c"
#include "fuzz.h"

static FILE *devnull;

struct result {
	int status;
	long ninvalid;
	struct fs_out out;
};

static void
run_import(const uint8_t *data, size_t size, uint8_t opts, int chunked,
    struct result *res)
{
	struct fs_run run;
	struct import im;
	uint32_t seed = opts;
	size_t off = 0, k;

	fs_run_init(&run, "fs-import", "");
	run.rejects = (opts & 1) ? devnull : NULL;
	/* The rejected rows' spool is not opened: they go nowhere. */
	fs_out_init(&res->out, -1, "fuzz", 1);
	if (import_init(&im, &run, &res->out,
	    (opts & 2) ? "GB18030" : NULL,
	    (opts & 4) ? ';' : (opts & 16) ? 0 : ',') < 0)
		abort();
	/* Small blocks: libcsv's buffer grows often. */
	im.csv_block = 16;
	import_begin(&im, "fuzz.csv");
	while (off < size) {
		k = size - off;
		if (chunked) {
			k = fuzz_rand(&seed) % ((opts & 8) ? 4 : 64) + 1;
			if (k > size - off)
				k = size - off;
		}
		import_feed(&im, (const char *)data + off, k);
		off += k;
	}
	res->status = import_end(&im);
	res->ninvalid = run.ninvalid;
	import_free(&im);
	run.rejects = NULL;
	run.ninvalid = 0;
	fs_run_finish(&run, 0);
}

/*
 * The output is TSV every tool reads, with the header's field count; an
 * empty line is a blank record, never the last line.
 */
static void
check_tsv(const char *p, size_t n)
{
	const char *e = p + n, *nl;
	size_t tabs, want = 0;
	int first = 1;

	FUZZ_ASSERT(n == 0 || p[n - 1] == '\n');
	FUZZ_ASSERT(n < 2 || p[n - 2] != '\n');
	FUZZ_ASSERT(n != 1);
	FUZZ_ASSERT(fs_utf8_check(p, n) == NULL);
	FUZZ_ASSERT(memchr(p, '\r', n) == NULL);
	for (; p < e; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(e - p));
		FUZZ_ASSERT(nl != NULL);
		if (nl == p)
			continue;
		for (tabs = 0; p < nl; p++)
			tabs += *p == '\t';
		if (first)
			want = tabs;
		FUZZ_ASSERT(tabs == want);
		first = 0;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct result whole, parts;

	if (size < 1)
		return 0;
	if (devnull == NULL && (devnull = fopen("/dev/null", "w")) == NULL)
		abort();
	run_import(data + 1, size - 1, data[0], 0, &whole);
	run_import(data + 1, size - 1, data[0], 1, &parts);
	FUZZ_ASSERT(whole.status == parts.status);
	FUZZ_ASSERT(whole.ninvalid == parts.ninvalid);
	if (whole.status == 0 && whole.out.spill == NULL &&
	    parts.out.spill == NULL) {
		FUZZ_ASSERT(whole.out.n == parts.out.n &&
		    memcmp(whole.out.buf, parts.out.buf, whole.out.n) == 0);
		check_tsv(whole.out.buf, whole.out.n);
	}
	fs_out_discard(&whole.out);
	fs_out_discard(&parts.out);
	return 0;
}
