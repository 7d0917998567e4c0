/*
 * jobs.c - reading one file on several threads (fs_run_jobs()).
 *
 * The rest of a file after its header is cut into byte ranges at line
 * boundaries, and each thread reads its range with its own reader,
 * parse and key check.  Nothing a thread does is seen outside it until
 * every thread has finished cleanly: then the key checks are compared
 * (a repeat across ranges is a conflict only the ordinary reading can
 * name), and merged.  Any row that is not plain (invalid, repeated, or
 * refused by the tool) stops every thread, and the file is read again the
 * ordinary way, which reports it exactly as it would have.  So the output
 * never depends on the number of threads; only the time does.
 *
 * Where the keys keep no line numbers (a day map, or no key), the file
 * is cut into pieces instead, and each thread claims the next piece when
 * done with one: a thread that runs slower (this machine's two
 * processors often differ by a tenth) reads fewer.  The pieces shrink
 * as they go, each a 2n-th of what is left for n threads, so that the
 * last ones are small and the threads finish together (with 8 pieces a
 * thread of one size, one thread went on alone for 3 to 12 ms of fs-
 * check's 170 on the bench's file).  Each piece is then a part of its
 * own: row() is told the piece, and line_base has a line for each.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run.h"

/*
 * With --jobs left to itself, a thread is worth starting for every
 * JOB_MIN_BYTES of input, up to the processors online.
 */
enum { JOB_MIN_BYTES = 4 << 20, BOUNDARY_BLOCK = 1 << 16, LINE_PEEK = 4096 };

struct job {
	pthread_t thread;
	int started;
	struct fs_run *run;
	const struct fs_tsv *r0;
	const struct fs_binding *b;
	fs_row_fn *row;
	fs_part_end_fn *end;
	void *arg;
	int64_t from, to;		/* its range, or */
	const int64_t *cut;		/* pieces cut[k] .. cut[k + 1], */
	int npieces;			/* claimed in turn, */
	atomic_int *next;
	long *piece_lines;		/* the lines of each */
	int keyed;
	struct fs_keycheck kc;
	atomic_int *stop;
	int index;
	int failed;
	long rows, lines;
};

/*
 * Reads the rows of [from, to), part number part: 0, or -1 when one is
 * not plain.  Adds its lines to *lines.
 */
static int
job_range(struct job *j, int part, int64_t from, int64_t to, long *lines,
    struct fs_buf *why)
{
	struct fs_tsv r;
	struct fs_value v[FS_MAX_COLS];
	enum fs_key_result kr;
	/* Read once: the stores of a row may alias them all. */
	const struct fs_binding *b = j->b;
	fs_row_fn *row = j->row;
	const int keyed = j->keyed, file = j->run->nfiles - 1;
	const int take = j->run->values_only && b != NULL;
	int col, rc, failed = 1;

	fs_tsv_open_range(&r, j->r0, from, to);
	while (!atomic_load_explicit(j->stop, memory_order_relaxed)) {
		if ((rc = fs_run_part_next(j->run, j->r0, b, &r, take,
		    v)) <= 0) {
			failed = rc < 0;
			break;
		}
		if (keyed) {
			kr = fs_keycheck_row(&j->kc, v, file, r.lineno,
			    j->run->files, why, &col);
			if (kr == FS_KEY_SAME)
				continue;
			if (kr == FS_KEY_CONFLICT)
				break;
		}
		if (row != NULL && row(j->arg, part, &r, v) != 0)
			break;
	}
	j->rows += r.rows;
	*lines += r.nextline - 2;	/* the call that met the end counted */
	fs_tsv_close(&r);
	if (!failed && j->end != NULL && j->end(j->arg, part) != 0)
		failed = 1;
	return failed ? -1 : 0;
}

static void *
job_main(void *arg)
{
	struct job *j = arg;
	struct fs_buf why = { 0 };
	int k;

	if (j->cut == NULL)
		j->failed = job_range(j, j->index, j->from, j->to, &j->lines,
		    &why) != 0;
	else
		while (!j->failed &&
		    (k = atomic_fetch_add(j->next, 1)) < j->npieces)
			j->failed = job_range(j, k, j->cut[k], j->cut[k + 1],
			    &j->piece_lines[k], &why) != 0;
	if (j->failed)
		atomic_store(j->stop, 1);
	fs_buf_free(&why);
	return NULL;
}

/*
 * The start of the first line that begins at or after offset at, or the
 * file's size.  -1 on a read error.  A page is read first, where a line
 * nearly always ends, then blocks of BOUNDARY_BLOCK: reading the block
 * at each of fs-funds's 32 cuts took 0.5 ms before the threads started.
 */
static int64_t
line_start(int fd, int64_t at, int64_t size)
{
	char block[BOUNDARY_BLOCK];
	size_t want = LINE_PEEK;
	const char *nl;
	ssize_t got;

	for (at = at > 0 ? at - 1 : 0; at < size; at += got) {
		if ((got = pread(fd, block, want, (off_t)at)) <= 0)
			return got == 0 ? size : -1;
		if ((nl = memchr(block, '\n', (size_t)got)) != NULL)
			return at + (nl - block) + 1;
		want = sizeof(block);
	}
	return size;
}

int
fs_run_threads(const struct fs_run *run, int64_t bytes)
{
	long cpus;
	int64_t n;

	if (run->jobs > 0)
		return run->jobs;
	cpus = sysconf(_SC_NPROCESSORS_ONLN);
	n = bytes / JOB_MIN_BYTES;
	if (cpus < 1)
		cpus = 1;
	if (n > cpus)
		n = cpus;
	return n > FS_MAX_JOBS ? FS_MAX_JOBS : (int)n;
}

/*
 * Cuts [start, size) into pieces at line starts, each a 2n-th of what
 * is left but none under BOUNDARY_BLOCK bytes, FS_MAX_PARTS at most
 * (the last takes the rest): their count, with their bounds in
 * cut[0 .. count].  0 when a read fails.  (tests/e2e/fs-seal/jobs-cuts.t
 * edits the rows at these cuts: change it with them.)
 */
static int
cut_pieces(int fd, int64_t start, int64_t size, int n, int64_t *cut)
{
	int64_t at = start, step;
	int m = 0;

	cut[m++] = start;
	while (m < FS_MAX_PARTS) {
		step = (size - at) / (2 * n);
		if (step < BOUNDARY_BLOCK)
			step = BOUNDARY_BLOCK;
		if (size - at <= step)
			break;
		if ((at = line_start(fd, at + step, size)) < 0)
			return 0;
		if (at >= size)
			break;
		cut[m++] = at;
	}
	cut[m] = size;
	return m;
}

/* Did every job finish cleanly, and do their keys fit together? */
static int
jobs_agree(struct job *job, int n, const struct fs_keycheck *kc)
{
	int i, k;

	for (i = 0; i < n; i++)
		if (job[i].failed)
			return 0;
	if (kc == NULL)
		return 1;
	for (i = 0; i < n; i++) {
		if (fs_keycheck_clash(kc, &job[i].kc))
			return 0;
		for (k = 0; k < i; k++)
			if (fs_keycheck_clash(&job[k].kc, &job[i].kc))
				return 0;
	}
	return 1;
}

int
fs_run_jobs(struct fs_run *run, struct fs_tsv *r, const struct fs_binding *b,
    fs_row_fn *row, void *arg, long *line_base)
{
	return fs_run_parts(run, r, b, row, NULL, arg, line_base);
}

int
fs_run_parts(struct fs_run *run, struct fs_tsv *r, const struct fs_binding *b,
    fs_row_fn *row, fs_part_end_fn *end, void *arg, long *line_base)
{
	struct job job[FS_MAX_JOBS];
	struct fs_keycheck *kc;
	atomic_int stop = 0, next = 0;
	int64_t start, size, at, cut[FS_MAX_PARTS + 1];
	long base, piece_lines[FS_MAX_PARTS];
	int i, n, ok, npieces = 0;

	start = fs_tsv_tell(r);
	if ((size = fs_tsv_size(r)) <= start ||
	    (n = fs_run_threads(run, size - start)) < 2)
		return 0;
	kc = b != NULL && b->fmt->key[0] >= 0 ? fs_run_keys(run, b->fmt) :
	    NULL;
	if (kc == NULL || kc->daymap)
		npieces = cut_pieces(r->fd, start, size, n, cut);
	memset(piece_lines, 0, sizeof(piece_lines));
	memset(job, 0, sizeof(job));
	for (i = 0, at = start; i < n; i++) {
		job[i].run = run;
		job[i].r0 = r;
		job[i].b = b;
		job[i].row = row;
		job[i].end = end;
		job[i].arg = arg;
		job[i].stop = &stop;
		job[i].index = i;
		job[i].keyed = kc != NULL;
		if (kc != NULL)
			fs_keycheck_init(&job[i].kc, b->fmt);
		job[i].from = at;
		if (i == n - 1)
			at = size;
		else if ((at = line_start(r->fd, start + (size - start) *
		    (i + 1) / n, size)) < 0 || at < job[i].from)
			at = at < 0 ? size : job[i].from;
		job[i].to = at;
		if (npieces > 0) {
			job[i].cut = cut;
			job[i].npieces = npieces;
			job[i].next = &next;
			job[i].piece_lines = piece_lines;
		}
	}
	for (i = 1; i < n; i++)
		job[i].started = pthread_create(&job[i].thread, NULL,
		    job_main, &job[i]) == 0;
	job_main(&job[0]);
	for (i = 1; i < n; i++) {
		if (job[i].started)
			pthread_join(job[i].thread, NULL);
		else
			job_main(&job[i]);
	}
	ok = jobs_agree(job, n, kc);
	for (i = 0, base = r->nextline - 1; ok && i < n; i++) {
		if (kc != NULL && kc->seen.n == 0) {
			/*
			 * The first part's keys become the run's, their lines
			 * moved to the file's.
			 */
			fs_keycheck_free(kc);
			*kc = job[i].kc;
			job[i].keyed = 0;
			fs_keycheck_shift(kc, base);
		} else if (kc != NULL)
			fs_keycheck_merge(kc, &job[i].kc, run->nfiles - 1,
			    base);
		r->rows += job[i].rows;
		if (line_base != NULL && npieces == 0)
			line_base[i] = base;
		base += job[i].lines;
	}
	/* Pieces: the lines before each (a day map took none to merge). */
	if (npieces > 0)
		base = r->nextline - 1;
	for (i = 0; ok && i < npieces; i++) {
		if (line_base != NULL)
			line_base[i] = base;
		base += piece_lines[i];
	}
	for (i = 0; i < n; i++)
		if (job[i].keyed)
			fs_keycheck_free(&job[i].kc);
	if (!ok)
		return 0;
	fs_tsv_finish(r, base);
	return 1;
}
