/*
 * run.h - one run of a tool: the options every tool takes (SPEC 1.7),
 * its inputs, invalid rows and --rejects (SPEC 1.3), its output and its
 * exit status (SPEC 1.6).
 *
 * A tool's main() reads like this:
 *
 *	fs_run_init(&run, "fs-example", usage);
 *	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1)
 *		switch (ch) {
 *		case OPT_MINE: ...; break;
 *		default:
 *			if (fs_run_option(&run, ch, argv))
 *				return fs_run_finish(&run, run.exit);
 *		}
 *	if (fs_run_start(&run) != 0)
 *		return fs_run_finish(&run, 2);
 *	... fs_run_open(), then fs_run_next() until FS_TSV_EOF ...
 *	return fs_run_finish(&run, 0);
 *
 * The library never exits: every function returns, and main decides.
 */
#ifndef FS_RUN_H
#define FS_RUN_H

#include <sys/types.h>

#include <getopt.h>
#include <stdio.h>

#include "calendar.h"
#include "findings.h"
#include "format.h"
#include "keys.h"
#include "policy.h"
#include "spool.h"
#include "tsv.h"

#ifndef FS_VERSION
#define FS_VERSION "0.1.0"
#endif

enum {
	FS_OPT_VERSION = 0x100,
	FS_OPT_AS_OF,
	FS_OPT_POLICY,
	FS_OPT_REJECTS,
	FS_OPT_FINDINGS,
	FS_OPT_STRICT,
	FS_OPT_CALENDAR,
	FS_OPT_YEAR,
	FS_OPT_JOBS,
	FS_OPT_TOOL = 0x200		/* a tool's own long options from here */
};

#define FS_COMMON_OPTIONS						\
	{ "help", no_argument, NULL, 'h' },				\
	{ "version", no_argument, NULL, FS_OPT_VERSION },		\
	{ "as-of", required_argument, NULL, FS_OPT_AS_OF },		\
	{ "policy", required_argument, NULL, FS_OPT_POLICY },		\
	{ "rejects", required_argument, NULL, FS_OPT_REJECTS },		\
	{ "findings", no_argument, NULL, FS_OPT_FINDINGS },		\
	{ "strict-warnings", no_argument, NULL, FS_OPT_STRICT }
#define FS_CALENDAR_OPTION						\
	{ "calendar", required_argument, NULL, FS_OPT_CALENDAR }
/* --year YYYY: run.year, the as-of date's year by default. */
#define FS_YEAR_OPTION							\
	{ "year", required_argument, NULL, FS_OPT_YEAR }

/*
 * -j, --jobs N: run.jobs, threads for one file (fs_run_jobs(),
 * fs_run_pipe()); a tool that takes it adds "j:" to its short options.
 */
#define FS_JOBS_OPTION							\
	{ "jobs", required_argument, NULL, FS_OPT_JOBS }
#define FS_JOBS_USAGE							\
"  -j, --jobs N       threads reading a file (default: one per 4 MB,\n" \
"                     up to the processors)\n"
/* For a tool that reads a pipe on threads too (fs_run_pipe()). */
#define FS_JOBS_PIPE_USAGE						\
"  -j, --jobs N       threads reading a file (default: one per 4 MB,\n" \
"                     up to the processors) or a pipe (one per processor)\n"

/* The usage lines every tool's --help ends with. */
#define FS_COMMON_USAGE							\
"  --as-of DATE       the day the report is made for (default: today)\n" \
"  --policy FILE      policy overrides (default: $FS_POLICY)\n"		\
"  --rejects FILE     keep invalid rows in FILE and go on (exit 3)\n"	\
"  --findings         write the findings stream instead of the table\n" \
"  --strict-warnings  exit 1 on warnings too\n"				\
"  -h, --help         this help;  --version  the version\n"

/*
 * The same, for a tool that judges nothing (fs-import, fs-export,
 * fs-mask): it takes every option, but only --rejects and --findings
 * do something.
 */
#define FS_PLAIN_USAGE							\
"  --rejects FILE     keep invalid rows in FILE and go on (exit 3)\n"	\
"  --findings         an empty findings stream instead of the output\n"	\
"                     (it judges nothing: for a job of every tool)\n"	\
"  --as-of, --policy, --strict-warnings: taken, as by every tool, to\n" \
"                     no effect here\n"					\
"  -h, --help         this help;  --version  the version\n"

/* fs_run_next() says: stop, the run failed (exit 2). */
enum { FS_RUN_STOP = -2 };

enum { FS_RUN_MAX_KEYCHECKS = 8, FS_MAX_JOBS = 16 };
/* Parts fs_run_jobs() may cut a file into (pieces: jobs.c). */
enum { FS_MAX_PARTS = FS_MAX_JOBS * 8 };

/* A file by its device and inode, when it is a regular one. */
struct fs_input_id {
	dev_t dev;
	ino_t ino;
	int64_t size;		/* a regular one's, when it was opened */
	int regular;
	int side;		/* --roster and the like, not an input */
};

struct fs_run {
	const char *tool;
	const char *usage;
	int exit;			/* set when fs_run_option() says stop */
	fs_date as_of;
	int as_of_given;
	int year;		/* --year, else the as-of date's */
	int year_given;
	const char *policy_file;
	const char *rejects_file;
	const char *calendar_arg;
	int findings;
	int strict_warnings;
	int keep_going;		/* report every invalid row, then exit 2 */
	int needs_calendar;	/* fs_run_start() loads the calendar */
	int header_repeats;	/* skip lines equal to the header (cat a b) */
	/*
	 * An input named twice (the same regular file, by any name) is read
	 * twice, not refused: fs-report, whose repeated findings are one.
	 */
	int same_file_ok;
	/*
	 * The tool reads its rows' values, never r->f: rows may be parsed
	 * straight from the reader's index (fs_format_take()).  Under
	 * AddressSanitizer r->f is then poisoned (tsv.h).
	 */
	int values_only;
	/*
	 * fs_run_next() leaves the rows' keys to the tool, which checks its
	 * own rules on a row first and then takes the key (fs_run_key()):
	 * a row it refuses leaves no key behind for a later one to repeat.
	 */
	int keys_late;
	/*
	 * A row with faults in several columns says them all (fs-check: a
	 * clerk mends them in one round), not only the first.
	 */
	int all_faults;
	/*
	 * fs_run_open() takes a header line that is there but not a header
	 * (bytes, a column named twice; fs_tsv_header() -2) and returns 0,
	 * the reason in bad_header and no columns: for fs-seal --verify, to
	 * which a damaged sealed ledger is a broken chain.  Else NULL.
	 */
	int bad_header_ok;
	const char *bad_header;
	int jobs;		/* --jobs; 0: by the size of the file */
	struct fs_policy policy;
	struct fs_calendar cal;
	struct fs_findings fnd;
	struct fs_out out;
	FILE *rejects;
	struct fs_input_id rejects_id;	/* the rejects file (regular: 1) */
	int stdin_taken;	/* "-" opened: it is read once */
	struct fs_spool rejects_rows;	/* the rejected rows, until the end */
	int rejects_done;	/* written and closed (fs_run_keep_rejects()) */
	int rejects_lost;	/* and that failed */
	int rejects_made;	/* it did not exist: this run made it */
	int rejects_token;	/* fs_unfinished()'s, while it is made */
	/*
	 * A regular rejects file is written as a copy beside it, renamed
	 * over it once the run is through (fs_run_finish()): its real path,
	 * the copy's name (none while it is unnamed), fs_unfinished()'s
	 * token, and an unnamed copy's descriptor, kept open until it is
	 * named (fs_beside()), else -1.
	 */
	char *rejects_real;
	struct fs_buf rejects_copy;
	int rejects_copy_token;
	int rejects_copy_fd;
	int reported;		/* stdout committed (fs_run_report()) */
	char *rejects_hdr;	/* the header after "source reason" */
	int rejects_hdr_side;	/* it is a side file's, for want of better */
	long ninvalid;		/* invalid rows met */
	const char **files;	/* the inputs opened, for messages */
	int nfiles;
	/*
	 * Each input's file when it is a regular one, which can be read
	 * again (locate_earlier(), run.c): not a pipe, which opened again
	 * by its name waits for a writer or takes bytes from the reader.
	 */
	struct fs_input_id *ids;
	struct fs_keycheck kc[FS_RUN_MAX_KEYCHECKS];
	int nkc, lastkc;
	int nlocate;		/* earlier lines looked for again */
	int64_t relocated;	/* the bytes read again for them */
	/*
	 * While a side file is read (fs_run_side_rejects()): the table that
	 * gets the key of each of its rows put aside, from the field at
	 * header index side_key_at, when that is a valid id; else NULL.
	 */
	struct fs_table *side_rejected;
	int side_key_at;
	long side_rows;		/* rows it was given keys from */
	struct fs_buf msg;
};

void fs_run_init(struct fs_run *run, const char *tool, const char *usage);

/*
 * Handles a common option, '?' and ':' from getopt_long (whose option
 * string must start with ':').  0: handled, go on; 1: stop now with
 * run->exit (0 after --help or --version, 2 after a usage error).
 */
int fs_run_option(struct fs_run *run, int ch, char *const argv[]);

/* Prints "TOOL: message" and the usage on stderr; returns 2. */
int fs_run_usage_error(struct fs_run *run, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* After the options: policy, as-of date, calendar, rejects file. 0 or 2. */
int fs_run_start(struct fs_run *run);

/*
 * Opens an input, reads its header and binds fmt to it (fmt NULL: any
 * TSV).  0 or 2.  The first input's header follows "source reason" in
 * the --rejects file; a side file (--roster, --households, --villages
 * ...) is opened with fs_run_open_side(), whose header is used only when
 * the tool opened no input of its own.
 */
int fs_run_open(struct fs_run *run, struct fs_tsv *r, const char *path,
    const struct fs_format *fmt, struct fs_binding *b);
/*
 * From now on, each row of the side file bound by b that is put aside
 * in the --rejects file leaves its key (format column col) in t, when
 * the key is a valid id, so that the tool knows the entity is there,
 * though its row is not: a secretary whose roster row is rejected is not
 * one "not on the roster".  t NULL: no more.  A key column the header
 * lacks leaves nothing.
 */
void fs_run_side_rejects(struct fs_run *run, struct fs_table *t,
    const struct fs_binding *b, int col);
int fs_run_open_side(struct fs_run *run, struct fs_tsv *r, const char *path,
    const struct fs_format *fmt, struct fs_binding *b);

/*
 * Notes that the run reads fd, named name, a file it opened itself
 * (fs-import): 2, said, when that is the rejects file, which is then
 * left as it was, or an input read before (fs_run_open()); else 0.
 */
int fs_run_reading(struct fs_run *run, const char *name, int fd);
/*
 * A file the run opens, by whichever option: when path is standard input
 * ("-", or NULL for none named), it is taken: 0, or 2, said, the second
 * time (standard input is read once).  Any other path: 0.
 */
int fs_run_take_stdin(struct fs_run *run, const char *path);

/*
 * The next valid row, parsed into v: FS_TSV_ROW, FS_TSV_EOF, or
 * FS_RUN_STOP.  Invalid rows (field count, bytes, values, repeated keys)
 * go to the rejects file and are passed over, or stop the run; plain
 * duplicates (attendance) are passed over silently.  With
 * run->values_only, the usual row's r->f is not written (r->nf is 0).
 */
int fs_run_next(struct fs_run *run, struct fs_tsv *r,
    const struct fs_binding *b, struct fs_value *v);

/*
 * The key of a valid row v of r, read with run->keys_late: 0, a new key,
 * take the row; 1, pass the row over (a plain duplicate, or a repeated
 * key, invalid, reported as fs_run_next() does); or FS_RUN_STOP.
 */
int fs_run_key(struct fs_run *run, const struct fs_tsv *r,
    const struct fs_format *fmt, const struct fs_value *v);

/*
 * Reads the rest of r, just opened by fs_run_open(), on several threads
 * (--jobs), when r is a regular file big enough.  The file is cut into
 * parts at line starts, up to FS_MAX_PARTS of them in file order: one a
 * thread, or, where the keys keep no line numbers (a day map, or no
 * key), pieces the threads claim in turn.  Each valid row that is not a
 * plain duplicate within its part is parsed, its key checked, and given
 * to row(arg, part, r, v) on the thread reading that part (0, 1 ...):
 * row() may write only what belongs to that part.  r->lineno counts from
 * the part's first line; the part's line_base[part] added to it gives
 * the line in the file.  A row repeated in two parts reaches row() twice.
 * With run->values_only, r->f is not written (r->nf is 0).  With b
 * NULL, rows are not parsed (v is not written; values_only is not
 * heeded) and keys are not checked: any valid row goes to row(), in
 * pieces the threads claim in turn.
 *
 * 1: done.  Every row was valid and row() returned 0 for each; r is at
 * its end (r->rows counts the rows), the keys are in the run's key
 * check, as after fs_run_next() to the end, and line_base[0 .. parts) is
 * filled (line_base: NULL, or FS_MAX_PARTS longs).  0: nothing was done,
 * read r with fs_run_next().  That is so for a pipe or a small file,
 * with --jobs 1, and whenever a row was invalid, conflicted, or made
 * row() return nonzero: the ordinary reading then reports it as usual.
 */
typedef int fs_row_fn(void *arg, int part, const struct fs_tsv *r,
    const struct fs_value *v);

/*
 * Threads for a file of that many bytes: --jobs, or else one per 4 MB,
 * up to the processors online.  0 or 1 means one.
 */
int fs_run_threads(const struct fs_run *run, int64_t bytes);
int fs_run_jobs(struct fs_run *run, struct fs_tsv *r,
    const struct fs_binding *b, fs_row_fn *row, void *arg,
    long *line_base);

/*
 * fs_run_jobs(), and when a part's rows have all gone to row(), end(arg,
 * part) on the same thread: for a tool that folds each part into its
 * result as soon as the parts before it are done, so that it keeps only
 * the parts not yet folded.  Parts end in any order, each once.  A
 * nonzero return stops every thread, and fs_run_parts() returns 0 as for
 * an invalid row: the tool drops what it made of the parts and reads r
 * the ordinary way.  end() is not called for a part that stopped early.
 */
typedef int fs_part_end_fn(void *arg, int part);
int fs_run_parts(struct fs_run *run, struct fs_tsv *r,
    const struct fs_binding *b, fs_row_fn *row, fs_part_end_fn *end,
    void *arg, long *line_base);

/*
 * For a thread reading part of a file (jobs.c, pipe.c): the next row of
 * r parsed into v, 1; 0 at r's end; -1 at a line that is not a valid row
 * or a read error, which the ordinary reading will report.  Lines that
 * are r0's header again are passed over when run->header_repeats; else,
 * with take, the usual row is parsed from the index (fs_format_take()).
 */
static inline __attribute__((always_inline)) int
fs_run_part_next(const struct fs_run *run, const struct fs_tsv *r0,
    const struct fs_binding *b, struct fs_tsv *r, int take,
    struct fs_value *v)
{
	enum fs_tsv_status st;
	const char *why;
	int col;

	if (take && !run->header_repeats &&
	    fs_format_take(b, r, v, &col, &why))
		return why == NULL ? 1 : -1;
	for (;;) {
		st = fs_tsv_next(r);
		if (st == FS_TSV_EOF)
			return 0;
		if (st == FS_TSV_ERROR || !run->header_repeats ||
		    !fs_tsv_is_header(r0, r))
			break;
	}
	return st == FS_TSV_ROW &&
	    (b == NULL || fs_format_parse(b, r, v, &col) == NULL) ? 1 : -1;
}

/*
 * Reads the rest of r, just opened by fs_run_open(), on several threads
 * (--jobs), when r is a regular file big enough or a stream (a pipe: a
 * thread per processor), or on one thread for a prep with ahead(), and
 * its format has no key or the tool checks its keys itself, in take()
 * (run->keys_late); and gives each row to take(arg, r, v) on the
 * calling thread, in the order of the file: for a tool whose work
 * depends on that order.  The threads read and parse chunks of the file
 * ahead of take().  Of the r take() sees, name, lineno, line and linelen
 * are set (and what fs_tsv_line_offset() needs), and with flags
 * FS_PIPE_FIELDS f and nf too (they cost a copy a row).
 *
 * Returns take()'s first nonzero (the rows after it are not taken), or
 * 0.  *done: every row was taken, and r is at its end as after
 * fs_run_next() to the end.  Else r is where the ordinary reading
 * (fs_run_next()) goes on: its start, for a small file or --jobs 1, or
 * the first line of a chunk that held a row that is not plain (invalid,
 * or unreadable), every row before that line taken; a stream's reader
 * is given back the bytes read from that line on (fs_tsv_unread()).
 */
enum { FS_PIPE_FIELDS = 1 };
typedef int fs_take_fn(void *arg, const struct fs_tsv *r,
    const struct fs_value *v);

/*
 * What a tool may do to a row before take() gets it (fs_run_take_prep()):
 * prep(parg, r, v, aux) makes naux words from the row alone (the hashes
 * of its keys, say), on the thread that parsed it, while take() works on
 * rows before it: prep() must write nothing but aux.  take() finds the
 * row's words at aux.  ahead(arg, aux), on take()'s thread, gets the
 * words of the row FS_PREP_AHEAD rows after the one take() gets next,
 * when they are made by then (the pipe's chunk has the row), so that it
 * can ask for the memory take() will need for it; read row by row (a
 * pipe), just before take() gets the row.
 *
 * parg should be memory that take()'s thread does not write while the
 * rows are read (NULL: take()'s arg): a cache line that one processor
 * writes and another reads goes back and forth between them, at every
 * row.  For that reason too the pipe keeps its own copy of prep and
 * parg, since take()'s thread writes aux here at every row.
 */
enum { FS_PREP_MAX = 8, FS_PREP_AHEAD = 8 };
struct fs_prep {
	void (*prep)(void *parg, const struct fs_tsv *r,
	    const struct fs_value *v, uint64_t *aux);
	void (*ahead)(void *arg, const uint64_t *aux);
	void *parg;			/* prep()'s; NULL: take()'s arg */
	int naux;			/* at most FS_PREP_MAX */
	const uint64_t *aux;		/* the row take() has: its words */
};

int fs_run_pipe(struct fs_run *run, struct fs_tsv *r,
    const struct fs_binding *b, int flags, struct fs_prep *prep,
    fs_take_fn *take, void *arg, int *done);

/*
 * Every row of r, just opened by fs_run_open(), to take() in the order
 * of the file: read ahead on threads by fs_run_pipe() where it can, the
 * rest with fs_run_next().  Returns take()'s first nonzero, 2 when the
 * reading stops (an invalid row without --rejects, a read error), or 0.
 */
int fs_run_take(struct fs_run *run, struct fs_tsv *r,
    const struct fs_binding *b, int flags, fs_take_fn *take, void *arg);

/* fs_run_take() with prep (above) made for every row. */
int fs_run_take_prep(struct fs_run *run, struct fs_tsv *r,
    const struct fs_binding *b, int flags, struct fs_prep *prep,
    fs_take_fn *take, void *arg);

/*
 * An invalid row that a tool finds itself: "column 'COLUMN': WHAT (got
 * 'GOT')".  column NULL: a problem that is not about one column (SPEC
 * 1.3), "WHAT (got 'GOT')", or WHAT alone when got is NULL.  0: the row
 * was kept in the rejects file (or reported, with keep_going), go on; 2:
 * stop.
 */
int fs_run_invalid(struct fs_run *run, const struct fs_tsv *r,
    const char *column, const char *what, const char *got, size_t gotlen);

/*
 * For a tool that reads something else than TSV (fs-import): the header
 * that follows "source reason" in the rejects file (side: as for
 * fs_run_open_side), and one rejected line, its bytes as read (escaped
 * by the caller, so that they hold no tab or newline of their own).
 * The caller counts it in run->ninvalid.
 */
void fs_run_rejects_header(struct fs_run *run, const char *hdr, size_t n,
    int side);
void fs_run_reject_line(struct fs_run *run, const char *file, long line,
    const char *reason, const char *bytes, size_t n);

/*
 * For a tool whose table's header goes out when its first input is read
 * (fs-mask, fs-export, fs-audit), yet whose inputs' columns may differ
 * (SPEC 1.1): the columns of the inputs after the first, paths[1 .. n),
 * that are regular files, their headers read ahead, into ahead as
 * "NAME\tNAME...", each once, in the order met.  A file that cannot be
 * read here is passed over: its turn says why.
 */
void fs_run_columns_ahead(char *const *paths, int n, struct fs_buf *ahead);

/*
 * The table's columns: r's (the first input's), then those of ahead that
 * r has not; ignore (a column the tool adds, or NULL) left out.  *ncols
 * slices in *cols, each NUL-terminated in the buffer returned; free()
 * both.  The first *nfirst of them are r's.
 */
char *fs_run_union(const struct fs_tsv *r, const struct fs_buf *ahead,
    const char *ignore, struct fs_slice **cols, size_t *ncols,
    size_t *nfirst);

/*
 * An input's place in that table: at[i] its field of cols[i], -1 when it
 * has none (its rows have that column empty).  0; or 2, said, when r has
 * a column the table has not: a pipe read after the first input, whose
 * header could not be read ahead (or a file changed since), or names one
 * of the table's columns but for a space or its case (fs_names_alike();
 * nfirst as fs_run_union() gave it).
 */
int fs_run_union_bind(const struct fs_tsv *r, const struct fs_slice *cols,
    size_t ncols, size_t nfirst, long *at, const char *ignore);

/* The repeated-key state of a format (attendance's day map), or NULL. */
struct fs_keycheck *fs_run_keys(struct fs_run *run,
    const struct fs_format *fmt);

/*
 * Writes the rejects file (with --rejects) and closes it, once: 0, or 2
 * when the rows cannot be kept (said on standard error).  A run whose
 * rows cannot be kept fails, and must write nothing on stdout (SPEC
 * 1.3): fs_run_finish() calls this first, and a tool that writes to
 * stdout itself before (fs-households's table) or commits a file
 * (fs-seal --append, through fs_run_report()) calls it before that.
 */
int fs_run_keep_rejects(struct fs_run *run);

/*
 * The report now, not at fs_run_finish(): the rejects file, then the
 * findings (with --findings) or the table written to stdout, committed.
 * For fs-seal --append, which must not replace the ledger when the report
 * cannot be written.  0, or 2 (said on standard error); once.
 */
int fs_run_report(struct fs_run *run);

/*
 * Writes the findings (with --findings) or keeps the table, commits
 * stdout, closes the rejects file, and returns the exit status: status 2
 * wins, then 3 (rows rejected), then 1 (violations).  After
 * fs_run_report(), stdout is not written again.
 */
int fs_run_finish(struct fs_run *run, int status);

/* Is the finding's severity counted as failing (violation, or warning with
 * --strict-warnings)? */
int fs_run_failing(const struct fs_run *run);

#endif
