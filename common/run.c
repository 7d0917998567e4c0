/*
 * run.c - options, inputs, invalid rows and exit status of a tool run.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reread.h"
#include "run.h"

/*
 * A standard stream closed when the tool starts is held by /dev/null
 * opened the wrong way round: reading standard input or writing standard
 * output still fails with EBADF, as it would have, and a file the tool
 * opens later (the rejects file, a spool) cannot take the stream's number
 * and be read or written as the stream.
 */
static void
hold_std_streams(void)
{
	int fd;

	for (fd = STDIN_FILENO; fd <= STDERR_FILENO; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF)
			(void)open("/dev/null", fd == STDIN_FILENO ?
			    O_WRONLY : O_RDONLY);
}

void
fs_run_init(struct fs_run *run, const char *tool, const char *usage)
{
	hold_std_streams();
	/*
	 * A file grown past the size limit (ulimit -f): the write fails
	 * with EFBIG and the tool says which file (exit 2), instead of
	 * dying of SIGXFSZ without a word.
	 */
	(void)signal(SIGXFSZ, SIG_IGN);
	memset(run, 0, sizeof(*run));
	run->rejects_token = run->rejects_copy_token = -1;
	run->rejects_copy_fd = -1;
	run->tool = tool;
	run->usage = usage;
	fs_tool = tool;
	fs_hash_seed_init();
	fs_policy_defaults(&run->policy);
	fs_findings_init(&run->fnd, tool);
	fs_out_init(&run->out, STDOUT_FILENO, "<stdout>", 1);
	opterr = 0;
}

int
fs_run_usage_error(struct fs_run *run, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fs_vwarnx(fmt, ap);
	va_end(ap);
	fputs(run->usage, stderr);
	return 2;
}

/* Standard output written out after --help or --version: 0, or 2, said. */
static int
flush_stdout(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return 0;
	fs_warnx("<stdout>: %s", strerror(errno));
	return 2;
}

int
fs_run_option(struct fs_run *run, int ch, char *const argv[])
{
	const char *why;

	switch (ch) {
	case 'h':
		fputs(run->usage, stdout);
		run->exit = flush_stdout();
		return 1;
	case FS_OPT_VERSION:
		printf("%s (firstsec) %s\n", run->tool, FS_VERSION);
		run->exit = flush_stdout();
		return 1;
	case FS_OPT_AS_OF:
		if ((why = fs_date_parse(optarg, strlen(optarg),
		    &run->as_of)) != NULL) {
			run->exit = fs_run_usage_error(run,
			    "--as-of: %s (got '%s')", why, optarg);
			return 1;
		}
		run->as_of_given = 1;
		return 0;
	case FS_OPT_POLICY:
		run->policy_file = optarg;
		return 0;
	case FS_OPT_REJECTS:
		/* Not standard output: the report goes there. */
		if (strcmp(optarg, "-") == 0) {
			run->exit = fs_run_usage_error(run, "--rejects: '-' "
			    "is not a file; name one (./- for a file named -)");
			return 1;
		}
		run->rejects_file = optarg;
		return 0;
	case FS_OPT_FINDINGS:
		run->findings = 1;
		return 0;
	case FS_OPT_STRICT:
		run->strict_warnings = 1;
		return 0;
	case FS_OPT_CALENDAR:
		run->calendar_arg = optarg;
		return 0;
	case FS_OPT_YEAR:
		/* Four digits, 0000 to 9999, as a date's year (value.h). */
		if (strlen(optarg) != 4 || strspn(optarg, "0123456789") != 4) {
			run->exit = fs_run_usage_error(run,
			    "--year: not a year YYYY (got '%s')", optarg);
			return 1;
		}
		run->year = atoi(optarg);
		run->year_given = 1;
		return 0;
	case 'j':			/* -j N, for the tools that take it */
	case FS_OPT_JOBS:
		/* Digits; leading zeros are no digits of the number. */
		if (strspn(optarg, "0123456789") != strlen(optarg) ||
		    strlen(optarg + strspn(optarg, "0")) > 2 ||
		    (run->jobs = atoi(optarg)) < 1 ||
		    run->jobs > FS_MAX_JOBS) {
			run->exit = fs_run_usage_error(run,
			    "--jobs: not a number of threads from 1 to %d "
			    "(got '%s')", FS_MAX_JOBS, optarg);
			return 1;
		}
		return 0;
	case ':':
		run->exit = fs_run_usage_error(run, "option '%s' needs a value",
		    argv[optind - 1]);
		return 1;
	default:
		if (optopt != 0 && optopt < 0x100)
			run->exit = fs_run_usage_error(run,
			    "unknown option '-%c'", optopt);
		else
			run->exit = fs_run_usage_error(run,
			    "unknown option '%s'", argv[optind - 1]);
		return 1;
	}
}

/*
 * The rejects file closed unwritten, as it was: removed again when this
 * run made it.
 */
static void
drop_rejects(struct fs_run *run)
{
	fclose(run->rejects);
	run->rejects = NULL;
	fs_spool_close(&run->rejects_rows);
	if (run->rejects_made)
		(void)unlink(run->rejects_file);
	fs_finished(run->rejects_token);
}

/*
 * The rejects file is one the run reads (or writes: its standard output),
 * as the message says: refused, left as it was.
 */
static int
refuse_rejects_as(struct fs_run *run, const char *also)
{
	fs_warnx("%s: the rejects file is also %s; it is left as it was",
	    run->rejects_file, also);
	drop_rejects(run);
	run->rejects_lost = 1;
	return 2;
}

static int
refuse_rejects(struct fs_run *run)
{
	return refuse_rejects_as(run, "read by this run");
}

/* Whether the rejects file is a file read so far: then refused. */
static int
rejects_read(struct fs_run *run)
{
	if (!run->rejects_id.regular ||
	    !fs_tsv_was_read(run->rejects_id.dev, run->rejects_id.ino))
		return 0;
	return refuse_rejects(run);
}

/* Whether a file the run reads is the rejects file: then refused. */
static int
rejects_is(struct fs_run *run, const struct fs_input_id *id)
{
	if (run->rejects == NULL || !run->rejects_id.regular ||
	    !id->regular || id->dev != run->rejects_id.dev ||
	    id->ino != run->rejects_id.ino)
		return 0;
	return refuse_rejects(run);
}

/* Is the rejects file, a regular file, the one open on fd? */
static int
rejects_is_fd(const struct fs_run *run, int fd)
{
	struct stat st;

	return run->rejects_id.regular && fstat(fd, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_dev == run->rejects_id.dev &&
	    st.st_ino == run->rejects_id.ino;
}

int
fs_run_start(struct fs_run *run)
{
	const char *pol = run->policy_file;
	struct stat st;
	int fd = -1;

	if (pol == NULL && (pol = getenv("FS_POLICY")) != NULL && *pol == '\0')
		pol = NULL;
	fs_buf_reset(&run->msg);
	if (pol != NULL && fs_run_take_stdin(run, pol) != 0)
		return 2;
	if (pol != NULL && fs_policy_load(&run->policy, pol, &run->msg) < 0) {
		fs_warnx("%s", run->msg.p);
		/* A file not on the command line: where its name came from. */
		if (run->policy_file == NULL)
			fs_warnx("(the policy file is named by FS_POLICY in the "
			    "environment: mend it, or --policy FILE)");
		return 2;
	}
	if (!run->as_of_given)
		run->as_of = fs_date_today();
	if (!run->year_given)
		run->year = fs_date_year(run->as_of);
	if (run->needs_calendar && run->calendar_arg != NULL &&
	    fs_run_take_stdin(run, run->calendar_arg) != 0)
		return 2;
	if (run->needs_calendar &&
	    fs_calendar_load(&run->cal, run->calendar_arg, &run->msg) < 0) {
		fs_warnx("%s", run->msg.p);
		if (run->calendar_arg == NULL)
			fs_warnx("(the installed calendar: --calendar FILE "
			    "gives another, --calendar none counts Monday to "
			    "Friday)");
		return 2;
	}
	if (run->rejects_file == NULL)
		return 0;
	/* Made here, or opened as it is (a run that fails leaves it so). */
	run->rejects_token = -1;
	if ((fd = open(run->rejects_file, O_WRONLY | O_CREAT | O_EXCL,
	    0666)) >= 0) {
		run->rejects_made = 1;
		/* Made here: not left behind empty by a run stopped short. */
		run->rejects_token = fs_unfinished(run->rejects_file);
	}
	else if (errno == EEXIST)	/* (O_CREAT: a dangling link's target) */
		fd = open(run->rejects_file, O_WRONLY | O_CREAT, 0666);
	if (fd < 0 || (run->rejects = fdopen(fd, "w")) == NULL) {
		/* Said as the file to be written, not one to be read. */
		fs_warnx("--rejects %s: cannot write it: %s", run->rejects_file,
		    strerror(errno));
		if (fd >= 0)
			close(fd);
		return 2;
	}
	/*
	 * The rejected rows wait in a spool (a megabyte in memory, the
	 * rest in TMPDIR): the rejects file's header is the tool's own
	 * input's, which may be read after a side file (--roster) whose rows
	 * were rejected too.
	 */
	fs_spool_open(&run->rejects_rows);
	/*
	 * Not emptied until it is written (write_rejects()): it may be a
	 * file this run reads, which is then refused and left as it was.
	 */
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
		run->rejects_id.dev = st.st_dev;
		run->rejects_id.ino = st.st_ino;
		run->rejects_id.regular = 1;
	}
	/* The report and the rejected rows would overwrite each other. */
	if (rejects_is_fd(run, STDOUT_FILENO))
		return refuse_rejects_as(run, "standard output");
	/*
	 * Emptied, it would take the log of standard error with it
	 * (--rejects /dev/stderr 2>>cron.log).
	 */
	if (rejects_is_fd(run, STDERR_FILENO))
		return refuse_rejects_as(run, "standard error");
	return rejects_read(run);
}

int
fs_run_take_stdin(struct fs_run *run, const char *path)
{
	if (path != NULL && strcmp(path, "-") != 0)
		return 0;
	if (run->stdin_taken) {
		fs_warnx("<stdin>: named twice; standard input is read once");
		return 2;
	}
	run->stdin_taken = 1;
	return 0;
}

/*
 * The input just opened is an earlier one's regular file (by the same
 * name or another: a link, ./a.tsv): its rows would count twice.  2,
 * said, or 0.
 */
static int
named_twice(struct fs_run *run)
{
	const struct fs_input_id *id = &run->ids[run->nfiles - 1];
	int i;

	if (!id->regular || id->side || run->same_file_ok)
		return 0;
	for (i = 0; i < run->nfiles - 1; i++)
		if (run->ids[i].regular && !run->ids[i].side &&
		    run->ids[i].dev == id->dev && run->ids[i].ino == id->ino) {
			fs_warnx("%s: the same file as %s; a file is read "
			    "once", run->files[run->nfiles - 1],
			    run->files[i]);
			return 2;
		}
	return 0;
}

/*
 * Is the input id the regular file standard output writes (tool FILE >>
 * FILE, as cat(1) refuses "input file is output file")?
 */
static int
is_stdout(const struct fs_input_id *id)
{
	struct stat st;

	return id->regular && fstat(STDOUT_FILENO, &st) == 0 &&
	    S_ISREG(st.st_mode) && st.st_dev == id->dev &&
	    st.st_ino == id->ino;
}

/*
 * The run reads fd, named name (kept: it outlives the run): noted in
 * run->files and run->ids.  2, said, when it is the rejects file or an
 * earlier input's file; else 0.
 */
static int
note_input(struct fs_run *run, const char *name, int fd, int side)
{
	struct stat st;

	if (run->nfiles >= 65535) {
		fs_warnx("%s: too many input files", name);
		return 2;
	}
	run->files = fs_xreallocarray(run->files, (size_t)run->nfiles + 1,
	    sizeof(*run->files));
	run->ids = fs_xreallocarray(run->ids, (size_t)run->nfiles + 1,
	    sizeof(*run->ids));
	run->ids[run->nfiles].regular = fstat(fd, &st) == 0 &&
	    S_ISREG(st.st_mode);
	run->ids[run->nfiles].dev = st.st_dev;
	run->ids[run->nfiles].ino = st.st_ino;
	run->ids[run->nfiles].size = st.st_size;
	run->ids[run->nfiles].side = side;
	run->files[run->nfiles++] = name;
	if (is_stdout(&run->ids[run->nfiles - 1])) {
		fs_warnx("%s: it is also the standard output: the report "
		    "would be written into the file it is read from; write "
		    "it to another file", name);
		return 2;
	}
	return rejects_is(run, &run->ids[run->nfiles - 1]) != 0 ||
	    named_twice(run) != 0 ? 2 : 0;
}

static int
open_input(struct fs_run *run, struct fs_tsv *r, const char *path,
    const struct fs_format *fmt, struct fs_binding *b, int side)
{
	const char *why, *missing;
	int rc;

	if (fs_tsv_open(r, path) < 0) {
		fs_warnx("%s: %s", path, strerror(errno));
		return 2;
	}
	/* Opened all the same: the caller closes r whatever is returned. */
	if (fs_run_take_stdin(run, path) != 0 ||
	    note_input(run, r->name, r->fd, side) != 0)
		return 2;
	run->bad_header = NULL;
	if ((rc = fs_tsv_header(r, &why)) == -2 && run->bad_header_ok) {
		run->bad_header = why;
		return 0;
	}
	if (rc < 0) {
		fs_warnx("%s: %s", r->name, why);
		return 2;
	}
	fs_run_rejects_header(run, r->hdr, r->hdrlen, side);
	if (fmt != NULL && fs_format_bind(fmt, r, b, &missing) < 0) {
		fs_warnx("%s: missing column '%s'%s", r->name, missing,
		    fs_tsv_missing_hint(r, missing, &run->msg));
		return 2;
	}
	return 0;
}

int
fs_run_reading(struct fs_run *run, const char *name, int fd)
{
	fs_tsv_note_read(fd);
	return note_input(run, name, fd, 0);
}

int
fs_run_open(struct fs_run *run, struct fs_tsv *r, const char *path,
    const struct fs_format *fmt, struct fs_binding *b)
{
	return open_input(run, r, path, fmt, b, 0);
}

int
fs_run_open_side(struct fs_run *run, struct fs_tsv *r, const char *path,
    const struct fs_format *fmt, struct fs_binding *b)
{
	return open_input(run, r, path, fmt, b, 1);
}

/*
 * Adds text p to s: with escape, a tab, newline, CR or backslash as its
 * escape (a text field); else each tab, newline or CR as a space, and
 * any other control or invisible character as the escape a message
 * writes (a reason, one line for a person: a file's name in it, "the
 * same item_id as a<U+202E>b.tsv:2", cannot turn it around).
 */
static void
spool_text(struct fs_spool *s, const char *p, int escape)
{
	const char *start = p;
	char e[10];
	size_t k = 1, n;

	for (; *p != '\0'; p += k) {
		k = 1;
		if (escape && (e[1] = fs_escape_of(*p)) != 0) {
			e[0] = '\\';
			fs_spool_add(s, start, (size_t)(p - start));
			fs_spool_add(s, e, 2);
		} else if (!escape && (*p == '\t' || *p == '\n' || *p == '\r')) {
			fs_spool_add(s, start, (size_t)(p - start));
			fs_spool_add(s, " ", 1);
		} else if (!escape && (k = fs_hidden_len(p, strnlen(p, 4))) > 0) {
			n = fs_control_escape(p, k, e);
			fs_spool_add(s, start, (size_t)(p - start));
			fs_spool_add(s, e, n);
		} else {
			k = 1;
			continue;
		}
		start = p + k;
	}
	fs_spool_add(s, start, (size_t)(p - start));
}

void
fs_run_reject_line(struct fs_run *run, const char *file, long line,
    const char *reason, const char *bytes, size_t n)
{
	struct fs_spool *s = &run->rejects_rows;
	char num[32];

	/* The source is a text field: the file's name escaped (SPEC 1.1). */
	spool_text(s, file, 1);
	fs_spool_add(s, num, (size_t)snprintf(num, sizeof(num), ":%ld\t",
	    line));
	spool_text(s, reason, 0);
	fs_spool_add(s, "\t", 1);
	fs_spool_add(s, bytes, n);
	fs_spool_end(s);
}

void
fs_run_rejects_header(struct fs_run *run, const char *hdr, size_t n,
    int side)
{
	if (run->rejects_hdr == NULL || (run->rejects_hdr_side && !side)) {
		free(run->rejects_hdr);
		run->rejects_hdr = fs_xstrndup(hdr, n);
		run->rejects_hdr_side = side;
	}
}

/*
 * "column 'NAME': WHAT (got 'VALUE')", or WHAT alone without a column;
 * the value of an ID number's column masked, as fs-mask would: messages
 * go to cron's mail and logs.
 */
static void
fault_text(struct fs_buf *b, const char *column, const char *what,
    const char *got, size_t gotlen)
{
	int m;

	if (column != NULL)
		fs_buf_printf(b, "column '%s': ", column);
	fs_buf_adds(b, what);
	if (got != NULL || column != NULL) {
		fs_buf_adds(b, " (got ");
		if (got == NULL)
			fs_buf_quote(b, "", 0);
		else if (column != NULL && (m = fs_name_mask(column)) >= 0)
			fs_buf_quote_masked(b, got, gotlen,
			    fs_name_masks[m].head, fs_name_masks[m].tail);
		else
			fs_buf_quote(b, got, gotlen);
		fs_buf_adds(b, ")");
	}
}

/*
 * Is r's line made of empty cells alone (tabs, and spaces or a CR), as
 * a spreadsheet leaves below its table?
 */
static int
empty_cells(const struct fs_tsv *r)
{
	size_t i;

	if (r->line == NULL || r->linelen == 0)
		return 0;
	for (i = 0; i < r->linelen; i++)
		if (r->line[i] != '\t' && r->line[i] != ' ' &&
		    r->line[i] != '\r')
			return 0;
	return memchr(r->line, '\t', r->linelen) != NULL;
}

void
fs_run_side_rejects(struct fs_run *run, struct fs_table *t,
    const struct fs_binding *b, int col)
{
	run->side_rejected = t != NULL && b->idx[col] >= 0 ? t : NULL;
	run->side_key_at = run->side_rejected != NULL ? b->idx[col] : -1;
}

/*
 * A side file's row put aside leaves its key (fs_run_side_rejects()):
 * the field at the key's place, when the row has the header's count of
 * fields; else, the key's place being unknown (a name with a tab in it
 * moves every field after it), every field that is a valid id, so that
 * the entity is among them: more left unjudged, none judged wrongly.
 */
static void
side_rejected(struct fs_run *run, const struct fs_tsv *r)
{
	const char *p = r->line, *end = r->line + r->linelen, *tab;
	size_t nf = 1;
	long i;

	for (tab = p; (tab = memchr(tab, '\t', (size_t)(end - tab))) != NULL;
	    tab++)
		nf++;
	for (i = 0; p <= end; i++, p = tab + 1) {
		if ((tab = memchr(p, '\t', (size_t)(end - p))) == NULL)
			tab = end;
		if ((nf != r->ncols || i == run->side_key_at) &&
		    fs_id_check(p, (size_t)(tab - p)) == NULL)
			fs_table_get(run->side_rejected, p, (size_t)(tab - p),
			    NULL);
	}
}

int
fs_run_invalid(struct fs_run *run, const struct fs_tsv *r,
    const char *column, const char *what, const char *got, size_t gotlen)
{
	struct fs_buf reason = { 0 };
	int entity = 1;		/* the row stands for one (not a header) */

	run->ninvalid++;
	/* Said for what it is, whatever value of it failed first. */
	if (r->hdr != NULL && fs_tsv_is_header(r, r)) {
		column = NULL;
		what = FS_HEADER_AGAIN;
		got = NULL;
		entity = 0;
	} else if (empty_cells(r)) {
		column = NULL;
		what = "a row of empty cells (a spreadsheet left it? delete it)";
		got = NULL;
		entity = 0;
	}
	fault_text(&reason, column, what, got, gotlen);
	if (run->rejects != NULL) {
		fs_run_reject_line(run, r->name, r->lineno, reason.p, r->line,
		    r->linelen);
		if (run->side_rejected != NULL && entity) {
			side_rejected(run, r);
			run->side_rows++;
		}
	} else
		fs_warnx("%s:%ld: %s", r->name, r->lineno, reason.p);
	fs_buf_free(&reason);
	return run->rejects != NULL || run->keep_going ? 0 : 2;
}

void
fs_run_columns_ahead(char *const *paths, int n, struct fs_buf *ahead)
{
	struct fs_tsv r;
	struct stat st;
	const char *why;
	size_t j;
	int i;

	fs_buf_reset(ahead);
	for (i = 1; i < n; i++) {
		if (strcmp(paths[i], "-") == 0 || stat(paths[i], &st) < 0 ||
		    !S_ISREG(st.st_mode))
			continue;
		/* Its header alone: read, not a window mapped for it. */
		if (fs_tsv_open_unmapped(&r, paths[i]) == 0 &&
		    fs_tsv_header(&r, &why) == 0)
			for (j = 0; j < r.ncols; j++)
				fs_names_add(ahead, r.col[j].p, r.col[j].n);
		fs_tsv_close(&r);
	}
}

char *
fs_run_union(const struct fs_tsv *r, const struct fs_buf *ahead,
    const char *ignore, struct fs_slice **cols, size_t *ncols,
    size_t *nfirst)
{
	struct fs_slice *more, *all;
	size_t nmore = 0, n = 0, i, size = r->hdrlen + ahead->n + 2;
	long *at, *from;
	char *buf, *q;

	more = fs_names_list(ahead, &nmore);
	all = fs_xreallocarray(NULL, r->ncols + nmore + 1, sizeof(*all));
	for (i = 0; i < r->ncols; i++)
		all[n++] = r->col[i];
	/* ahead's names r has not: at[k] < 0. */
	at = fs_xreallocarray(NULL, nmore + 1, sizeof(*at));
	from = fs_xreallocarray(NULL, r->ncols + 1, sizeof(*from));
	fs_names_match(r->col, r->ncols, more, nmore, at, from);
	for (i = 0; i < nmore; i++)
		if (at[i] < 0)
			all[n++] = more[i];
	buf = q = fs_xmalloc(size);
	*cols = fs_xreallocarray(NULL, n + 1, sizeof(**cols));
	*ncols = 0;
	for (i = 0; i < n; i++) {
		if (i == r->ncols)
			*nfirst = *ncols;
		if (ignore != NULL && fs_slice_eq(all[i].p, all[i].n, ignore))
			continue;
		memcpy(q, all[i].p, all[i].n);
		(*cols)[*ncols].p = q;
		(*cols)[(*ncols)++].n = all[i].n;
		q += all[i].n;
		*q++ = '\0';
	}
	if (n == r->ncols)
		*nfirst = *ncols;
	free(at);
	free(from);
	free(all);
	free(more);
	return buf;
}

int
fs_run_union_bind(const struct fs_tsv *r, const struct fs_slice *cols,
    size_t ncols, size_t nfirst, long *at, const char *ignore)
{
	long *from = fs_xreallocarray(NULL, r->ncols + 1, sizeof(*from));
	size_t j, k;
	int rc = 0;

	fs_names_match(r->col, r->ncols, cols, ncols, at, from);
	if (fs_names_alike(r->col, r->ncols, cols, ncols, nfirst, at, from,
	    &j, &k)) {
		fs_warnx("%s: " FS_NAMES_ALIKE, r->name, (int)r->col[j].n,
		    r->col[j].p, (int)cols[k].n, cols[k].p);
		rc = 2;
	}
	for (j = 0; j < r->ncols && rc == 0; j++)
		if (from[j] < 0 && (ignore == NULL ||
		    !fs_slice_eq(r->col[j].p, r->col[j].n, ignore))) {
			fs_warnx("%s: column '%.*s' is not in the table made "
			    "before it was read (standard input or a pipe "
			    "cannot be read ahead: name it first, or save it "
			    "to a file)", r->name, (int)r->col[j].n,
			    r->col[j].p);
			rc = 2;
		}
	free(from);
	return rc;
}

struct fs_keycheck *
fs_run_keys(struct fs_run *run, const struct fs_format *fmt)
{
	int i;

	if (fmt->key[0] < 0)
		return NULL;
	if (run->nkc > 0 && run->kc[run->lastkc].fmt == fmt)
		return &run->kc[run->lastkc];
	for (i = 0; i < run->nkc; i++)
		if (run->kc[i].fmt == fmt) {
			run->lastkc = i;
			return &run->kc[i];
		}
	if (run->nkc == FS_RUN_MAX_KEYCHECKS)
		return NULL;
	fs_keycheck_init(&run->kc[run->nkc], fmt);
	run->lastkc = run->nkc;
	return &run->kc[run->nkc++];
}

/*
 * Conflicts whose earlier line is looked for again (locate_earlier()):
 * LOCATE_MAX at most, and only while the bytes read again for them, in
 * all, stay within LOCATE_FLOOR and LOCATE_TIMES times the bytes of
 * input read so far.
 */
enum { LOCATE_MAX = 100, LOCATE_TIMES = 4 };
#define LOCATE_FLOOR	((int64_t)64 << 20)

/* A file is read again a block at a time (more for a longer line). */
enum { LOCATE_BLOCK = 1 << 20 };

static int
field_eq(const struct fs_tsv *r, int i, const char *p, size_t n)
{
	return i >= 0 && (size_t)i < r->nf && r->f[i].n == n &&
	    memcmp(r->f[i].p, p, n) == 0;
}

/*
 * The first s[0 .. m) in p[0 .. n), or NULL: memmem(3), but three or
 * four times as fast here (the bench's 330 MB of attendance, read from
 * the system's cache, searched for an id in 0.04 s against 0.14), which
 * is most of what makes reading a file again for a conflict cheap.
 * Sixteen places at a time are compared with the first byte of s, and
 * the sixteen m - 1 bytes on with its last (vector compares: SSE2, NEON,
 * whatever the machine has), and only where both agree are the bytes
 * between compared: in a file of ids and dates, few places have both.
 */
typedef uint8_t locate_v16 __attribute__((vector_size(16)));

static char *
find_bytes(char *p, size_t n, const char *s, size_t m)
{
	const uint64_t tops = 0x8080808080808080ULL;
	locate_v16 first, last, a, b, eq;
	uint64_t w[2], bits;
	size_t i, at;
	int h;

	if (m < 2 || n < m + 16)
		return memmem(p, n, s, m);
	first = (locate_v16){ 0 } + (uint8_t)s[0];
	last = (locate_v16){ 0 } + (uint8_t)s[m - 1];
	for (i = 0; i + m - 1 + 16 <= n; i += 16) {
		memcpy(&a, p + i, sizeof(a));
		memcpy(&b, p + i + m - 1, sizeof(b));
		eq = (locate_v16)(a == first) & (locate_v16)(b == last);
		memcpy(w, &eq, sizeof(w));
		if ((w[0] | w[1]) == 0)
			continue;
		/* A byte that agrees is 0xff: its top bit marks it. */
		for (h = 0; h < 2; h++)
			for (bits = w[h] & tops; bits != 0; bits &= bits - 1) {
				at = i + 8 * (size_t)h +
				    (size_t)__builtin_ctzll(bits) / 8;
				if (memcmp(p + at + 1, s + 1, m - 2) == 0)
					return p + at;
			}
	}
	return memmem(p + i, n - i, s, m);
}

/*
 * The newlines in p[0 .. n), sixteen bytes at a time as find_bytes()
 * reads them: each compare gives -1 where a byte is a newline, which is
 * taken from a sum in each of sixteen bytes, 255 times at most before
 * the sums are added up.
 */
static long
count_newlines(const char *p, size_t n)
{
	const uint64_t evens = 0x00ff00ff00ff00ffULL;
	const locate_v16 nl = (locate_v16){ 0 } + '\n';
	locate_v16 a, sum;
	uint64_t w[2];
	size_t i = 0;
	long c = 0;
	int k;

	while (n - i >= 16) {
		sum = (locate_v16){ 0 };
		for (k = 0; k < 255 && n - i >= 16; k++, i += 16) {
			memcpy(&a, p + i, sizeof(a));
			sum -= (locate_v16)(a == nl);
		}
		/* Pairs of bytes into 16 bits, then the four of a word. */
		memcpy(w, &sum, sizeof(w));
		for (k = 0; k < 2; k++)
			c += (long)(((w[k] & evens) + (w[k] >> 8 & evens)) *
			    0x0001000100010001ULL >> 48);
	}
	for (; i < n; i++)
		c += p[i] == '\n';
	return c;
}

/* Does field i of the line p[0 .. n) (a CR at its end left out) hold s? */
static int
line_field_is(const char *p, size_t n, int i, const struct fs_slice *s)
{
	const char *e, *tab;

	if (n > 0 && p[n - 1] == '\r')
		n--;
	for (e = p + n; i > 0; i--) {
		if ((tab = memchr(p, '\t', (size_t)(e - p))) == NULL)
			return 0;
		p = tab + 1;
	}
	if ((tab = memchr(p, '\t', (size_t)(e - p))) == NULL)
		tab = e;
	return (size_t)(tab - p) == s->n && memcmp(p, s->p, s->n) == 0;
}

/*
 * Is the line p[0 .. n) (its LF, if any, included) a valid row of b's
 * format with key[k] in the field col[k] of r's header?  Read as the
 * reader reads a row (fs_tsv_open_mem(): its field count, its bytes)
 * and parsed: a rejected line with those values is not the one the day
 * map took.  p must have FS_TSV_PAD bytes after n that may be read.
 */
static int
valid_row(const struct fs_tsv *r, const struct fs_binding *b,
    const int col[3], const struct fs_slice key[3], char *p, size_t n)
{
	struct fs_tsv m;
	struct fs_value val[FS_MAX_COLS];
	int k, c, ok;

	fs_tsv_open_mem(&m, r, p, n);
	ok = fs_tsv_next(&m) == FS_TSV_ROW;
	for (k = 0; k < 3 && ok; k++)
		ok = field_eq(&m, col[k], key[k].p, key[k].n);
	ok = ok && fs_format_parse(b, &m, val, &c) == NULL;
	fs_tsv_close(&m);
	return ok;
}

/*
 * In the whole lines buf[0 .. n), which follow *lines lines of the
 * file, the first valid row (valid_row()) before the line stopline: its
 * line; or 0, with *lines counting those of buf too, or -1 when stopline
 * was reached.  Tokenizing every line is what made this slow: instead
 * the bytes are searched (find_bytes()) for the id and the date by turns,
 * the id from a line's start on, then the date from the start of the
 * id's line on; where the date comes on a later line, the id is looked
 * for again from that line, and so on.  Either value may be common (a
 * file of one secretary, or of one day) without the other being so,
 * and each search skips what the other passed over.  Only a line that
 * holds both is split at its tabs, its newlines counted for its number.
 */
static long
find_in_block(const struct fs_tsv *r, const struct fs_binding *b,
    const int col[3], const struct fs_slice key[3], char *buf, size_t n,
    long *lines, long stopline)
{
	char *p = buf, *e = buf + n, *counted = buf, *id, *date, *ls, *le;

	while ((id = find_bytes(p, (size_t)(e - p), key[0].p, key[0].n)) !=
	    NULL) {
		if ((ls = memrchr(p, '\n', (size_t)(id - p))) != NULL)
			ls++;
		else
			ls = p;
		if ((le = memchr(id, '\n', (size_t)(e - id))) == NULL)
			le = e;
		if ((date = find_bytes(ls, (size_t)(e - ls), key[1].p,
		    key[1].n)) == NULL)
			break;
		if (date > le) {
			/* No line before the date's has both. */
			p = (char *)memrchr(le, '\n', (size_t)(date - le)) + 1;
			continue;
		}
		if (line_field_is(ls, (size_t)(le - ls), col[0], &key[0]) &&
		    line_field_is(ls, (size_t)(le - ls), col[1], &key[1]) &&
		    line_field_is(ls, (size_t)(le - ls), col[2], &key[2])) {
			*lines += count_newlines(counted, (size_t)(ls -
			    counted));
			counted = ls;
			if (*lines + 1 >= stopline)
				return -1;
			if (valid_row(r, b, col, key, ls, (size_t)(le - ls) +
			    (le < e)))
				return *lines + 1;
		}
		if (le == e)
			break;
		p = le + 1;
	}
	*lines += count_newlines(counted, (size_t)(e - counted));
	return 0;
}

/*
 * The first valid row of r's file (its header read) with the values
 * key[] in the fields col[], before the byte stop and the line stopline:
 * its line, or 0.  The file is read in blocks of whole lines, searched
 * as raw bytes (find_in_block()), and its newlines are counted for the
 * line number; *spent counts the bytes read.
 */
static long
find_earlier(const struct fs_tsv *r, const struct fs_binding *b,
    const int col[3], const struct fs_slice key[3], int64_t stop,
    long stopline, int64_t *spent)
{
	size_t cap = LOCATE_BLOCK, keep = 0, want, n, end;
	char *buf = fs_xmalloc(cap + FS_TSV_PAD), *nl;
	int64_t off = fs_tsv_tell(r);
	long lines = r->nextline - 1, found = 0;
	ssize_t got;

	while (found == 0 && off < stop) {
		if (keep == cap) {
			cap *= 2;
			buf = fs_xreallocarray(buf, cap + FS_TSV_PAD, 1);
		}
		want = cap - keep;
		if ((int64_t)want > stop - off)
			want = (size_t)(stop - off);
		if ((got = fs_pread_full(r->fd, buf + keep, want, off)) <= 0)
			break;
		off += got;
		*spent += got;
		n = keep + (size_t)got;
		memset(buf + n, 0, FS_TSV_PAD);
		/* A line cut at the block's end waits for the next block. */
		if (off >= stop || (size_t)got < want)
			end = n;
		else if ((nl = memrchr(buf, '\n', n)) != NULL)
			end = (size_t)(nl - buf) + 1;
		else {
			keep = n;
			continue;
		}
		found = find_in_block(r, b, col, key, buf, end, &lines,
		    stopline);
		keep = n - end;
		memmove(buf, buf + end, keep);
		if ((size_t)got < want)
			break;
	}
	free(buf);
	return found > 0 ? found : 0;
}

/*
 * A day map remembers the value of a day, not the line that gave it:
 * finds that line again by reading the inputs once more from the start,
 * up to the current row, the byte upto of the last input.  Only an
 * input that was a regular file, and is the same file still, is read
 * again, as long as it was when the run read it: not standard input,
 * not a pipe (a named one, or <(...)).  The line must be the first
 * valid row of the format with the key and the earlier value, as the
 * day map took it: a rejected line with the same bytes in those columns
 * is not it.
 *
 * A run with many conflicts late in a large file would read it again
 * for each, and take as many times as long: past LOCATE_MAX conflicts,
 * and whenever reading all the input so far once more could take the
 * bytes read again for them, in all, past LOCATE_FLOOR (64 MB) and
 * LOCATE_TIMES (4) times the input read so far, the line is not looked
 * for.  So a run reads again at most four times its input and 64 MB
 * (the bench's 330 MB with 100 conflicts spread through it: 0.3 s more
 * than without them, where locating all 100 takes 3.2 s), and the
 * first 100 conflicts of a file of 640 KB or less are always located.
 * Where the line is not looked for or not found, the message says "an
 * earlier row".
 */
static void
locate_earlier(struct fs_run *run, const struct fs_format *fmt,
    const struct fs_value *v, const char *earlier, long line, int64_t upto,
    struct fs_buf *why)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_slice key[3];
	struct stat st;
	const struct fs_input_id *id;
	const char *hdrwhy, *missing;
	const int last = run->nfiles - 1;
	int64_t in = upto;
	long found = 0;
	int f, k, col[3], from[3];

	from[0] = fmt->key[0];
	from[1] = fmt->key[1];
	from[2] = fmt->same_ok;
	for (k = 0; k < 2; k++) {
		key[k].p = v[from[k]].p;
		key[k].n = v[from[k]].n;
	}
	key[2].p = earlier;
	key[2].n = strlen(earlier);
	for (f = 0; f < last; f++)
		if (run->ids[f].regular)
			in += run->ids[f].size;
	if (run->nlocate++ >= LOCATE_MAX ||
	    run->relocated + in > LOCATE_FLOOR + LOCATE_TIMES * in)
		f = run->nfiles;
	else
		f = 0;
	for (; f < run->nfiles && found == 0; f++) {
		id = &run->ids[f];
		if (strcmp(run->files[f], "<stdin>") == 0 || !id->regular ||
		    stat(run->files[f], &st) != 0 || !S_ISREG(st.st_mode) ||
		    st.st_dev != id->dev || st.st_ino != id->ino)
			continue;
		if (fs_tsv_open_unmapped(&r, run->files[f]) < 0)
			continue;
		/* The file opened, not only the one looked at before. */
		if (fstat(r.fd, &st) == 0 && st.st_dev == id->dev &&
		    st.st_ino == id->ino && fs_tsv_header(&r, &hdrwhy) == 0 &&
		    fs_format_bind(fmt, &r, &b, &missing) == 0) {
			for (k = 0; k < 3; k++)
				col[k] = fs_tsv_col(&r,
				    fmt->cols[from[k]].name);
			found = find_earlier(&r, &b, col, key,
			    f == last ? upto : id->size,
			    f == last ? line : LONG_MAX, &run->relocated);
			if (found > 0)
				fs_buf_printf(why, " at %s:%ld",
				    run->files[f], found);
		}
		fs_tsv_close(&r);
	}
	if (found == 0)
		fs_buf_adds(why, " on an earlier row");
	fs_buf_printf(why, " for the same %s and %s",
	    fmt->cols[fmt->key[0]].name, fmt->cols[fmt->key[1]].name);
}

/*
 * A key of one column that is not a day map's (an item_id, a household
 * id) is looked up in a table that outgrows the cache: each new row's
 * probe waited for memory (2 million item_ids: two thirds of
 * fs-rectify's run).  So the slot of the key KEY_AHEAD rows on is asked
 * for now, from the reader's index of the window's newlines and tabs
 * (col: the key's place in the file's header).  Only a hint: a row that
 * is not what it looks like costs nothing but the hint.
 */
enum { KEY_AHEAD = 2 };

static inline void
key_ahead(const struct fs_tsv *r, const struct fs_keycheck *kc, int col)
{
	struct fs_tsv_ahead h;
	const char *p;
	size_t n;

	if (fs_tsv_row_ahead(r, KEY_AHEAD, &h) &&
	    fs_tsv_field_ahead(r, &h, (size_t)col, &p, &n))
		fs_table_prefetch(&kc->seen, fs_hash(p, n));
}

/*
 * fs_run_key(), inline in fs_run_next()'s loop; b, when given, for
 * key_ahead().
 */
static inline int
row_key(struct fs_run *run, const struct fs_tsv *r,
    const struct fs_format *fmt, const struct fs_value *v,
    const struct fs_binding *b)
{
	struct fs_keycheck *kc;
	enum fs_key_result kr;
	int col = -1;

	if (fmt->key[0] < 0)
		return 0;
	if (run->nkc > 0 && run->kc[run->lastkc].fmt == fmt)
		kc = &run->kc[run->lastkc];
	else if ((kc = fs_run_keys(run, fmt)) == NULL)
		return 0;
	if (b != NULL && !kc->daymap && fmt->key[1] < 0 &&
	    b->idx[fmt->key[0]] >= 0 && (size_t)b->idx[fmt->key[0]] <
	    r->ncols && r->inl != NULL)
		key_ahead(r, kc, b->idx[fmt->key[0]]);
	kr = fs_keycheck_row(kc, v, run->nfiles - 1, r->lineno, run->files,
	    &run->msg, &col);
	if (kr == FS_KEY_NEW)
		return 0;
	if (kr == FS_KEY_SAME)
		return 1;
	if (kc->daymap)
		locate_earlier(run, fmt, v, kc->earlier, r->lineno,
		    fs_tsv_line_offset(r), &run->msg);
	/* A key given twice is about the row (SPEC 1.3). */
	return fs_run_invalid(run, r, NULL, run->msg.p, v[col].p, v[col].n) !=
	    0 ? FS_RUN_STOP : 1;
}

/*
 * With run->all_faults, a row whose column col is at fault (why) and
 * others too: every fault said in one reason, "column 'a': ... (got
 * 'x'); column 'b': ...", through fs_run_invalid().  1 with its result
 * in *rc; 0 when col is the only one, for the caller to say.
 */
static int
say_all_faults(struct fs_run *run, const struct fs_binding *b,
    const struct fs_tsv *r, struct fs_value *v, int col, const char *why,
    int *rc)
{
	struct fs_buf reason = { 0 };
	struct fs_slice *f;
	const char *p = r->line, *e = r->line + r->linelen, *tab, *more;
	size_t n = 0;
	int k = 0, c, found = 0;

	/* The row's fields, from its line: r->f is not there when taken. */
	f = fs_xreallocarray(NULL, r->ncols + 1, sizeof(*f));
	for (;;) {
		tab = memchr(p, '\t', (size_t)(e - p));
		if (n == r->ncols)
			break;
		f[n].p = p;
		f[n++].n = (size_t)((tab != NULL ? tab : e) - p);
		if (tab == NULL)
			break;
		p = tab + 1;
	}
	if (n == r->ncols) {
		fault_text(&reason, b->fmt->cols[col].name, why, v[col].p,
		    v[col].n);
		while ((more = fs_format_more(b, f, v, col, &k, &c)) != NULL) {
			fs_buf_adds(&reason, "; ");
			fault_text(&reason, b->fmt->cols[c].name, more, v[c].p,
			    v[c].n);
			found = 1;
		}
	}
	if (found)
		*rc = fs_run_invalid(run, r, NULL, reason.p, NULL, 0);
	fs_buf_free(&reason);
	free(f);
	return found;
}

/*
 * A value at fault that its parse made empty (an optional id of spaces
 * alone is missing, and a row check then wants it) is quoted as its
 * cell was, from r's line, field i: "(got '  ')", not "(got '')".
 */
static void
cell_as_read(const struct fs_tsv *r, int i, struct fs_value *x)
{
	const char *p = r->line, *e, *tab;

	if (p == NULL || i < 0)
		return;
	for (e = p + r->linelen; i > 0; i--) {
		if ((tab = memchr(p, '\t', (size_t)(e - p))) == NULL)
			return;
		p = tab + 1;
	}
	tab = memchr(p, '\t', (size_t)(e - p));
	x->p = p;
	x->n = (size_t)((tab != NULL ? tab : e) - p);
}

int
fs_run_next(struct fs_run *run, struct fs_tsv *r, const struct fs_binding *b,
    struct fs_value *v)
{
	const struct fs_format *fmt = b->fmt;
	enum fs_tsv_status st;
	const char *why = NULL;
	const int take = run->values_only && !run->header_repeats;
	int col = -1, kr;

	for (;;) {
		if (!take || !fs_format_take(b, r, v, &col, &why)) {
			st = fs_tsv_next(r);
			if (st == FS_TSV_EOF)
				return FS_TSV_EOF;
			if (st == FS_TSV_ERROR) {
				fs_warnx("%s: %s", r->name,
				    fs_tsv_strerror(r->err));
				return FS_RUN_STOP;
			}
			if (run->header_repeats && fs_tsv_is_header(r, r)) {
				r->rows--;	/* a header again: not a row */
				continue;
			}
			if (st == FS_TSV_BAD) {
				if (fs_run_invalid(run, r, NULL, r->bad, NULL,
				    0) != 0)
					return FS_RUN_STOP;
				continue;
			}
			why = fs_format_parse(b, r, v, &col);
		}
		if (why != NULL && col < 0) {
			if (fs_run_invalid(run, r, NULL, why, NULL, 0) != 0)
				return FS_RUN_STOP;
			continue;
		}
		if (why != NULL) {
			if (v[col].n == 0)
				cell_as_read(r, b->idx[col], &v[col]);
			if (!run->all_faults ||
			    !say_all_faults(run, b, r, v, col, why, &kr))
				kr = fs_run_invalid(run, r, fmt->cols[col].name,
				    why, v[col].p, v[col].n);
			if (kr != 0)
				return FS_RUN_STOP;
			continue;
		}
		if (fmt->key[0] < 0 || run->keys_late)
			return FS_TSV_ROW;
		if ((kr = row_key(run, r, fmt, v, b)) == 0)
			return FS_TSV_ROW;
		if (kr == FS_RUN_STOP)
			return FS_RUN_STOP;
	}
}

int
fs_run_key(struct fs_run *run, const struct fs_tsv *r,
    const struct fs_format *fmt, const struct fs_value *v)
{
	return row_key(run, r, fmt, v, NULL);
}

int
fs_run_failing(const struct fs_run *run)
{
	return run->fnd.violations > 0 ||
	    (run->strict_warnings && run->fnd.warnings > 0);
}

/*
 * The rejects file: its header, then the rows kept aside, into f (the
 * rejects file itself when in place, emptied first).  0, -1 (errno set),
 * or -2 when the rows' spool failed (no room in TMPDIR, or no temporary
 * file to be had), which is found before the rejects file is touched.
 */
static int
write_rejects(struct fs_run *run, FILE *f, int in_place)
{
	struct fs_spool *s = &run->rejects_rows;
	const char *p;
	size_t n;
	int rc = 0, k = 0;

	if (fs_spool_rewind(s) < 0) {
		errno = s->err;
		rc = -2;
	}
	/* Opened as it was: emptied now (fs_run_start()). */
	if (rc == 0 && in_place && run->rejects_id.regular &&
	    ftruncate(fileno(f), 0) < 0)
		rc = -1;
	if (rc == 0) {
		fputs("source\treason", f);
		if (run->rejects_hdr != NULL)
			fprintf(f, "\t%s", run->rejects_hdr);
		fputc('\n', f);
	}
	while (rc == 0 && (k = fs_spool_next(s, &p, &n)) == 1)
		if (fwrite(p, 1, n, f) != n || putc('\n', f) == EOF)
			rc = -1;
	if (rc == 0 && k < 0) {
		errno = s->err ? s->err : EIO;
		rc = -2;
	} else if (rc == 0 && ferror(f))
		rc = -1;
	return rc;
}

static void rejects_copy_drop(struct fs_run *);
static int rejects_settle(struct fs_run *, int);

/*
 * The copy a regular rejects file is written as (fs_beside()), with the
 * file's owner, group and permissions, or NULL: then it is written in
 * place (a folder the run cannot write in, a file that is not regular,
 * one of another user's, which a copy made by a user who is not root
 * would take from its owner, or of a group the user is not in, which the
 * copy would leave).
 */
static FILE *
rejects_copy_open(struct fs_run *run)
{
	struct stat st;
	FILE *f;
	int fd;

	if (!run->rejects_id.regular || fstat(fileno(run->rejects), &st) < 0 ||
	    (st.st_uid != geteuid() && geteuid() != 0) ||
	    (run->rejects_real = realpath(run->rejects_file, NULL)) == NULL)
		return NULL;
	if ((fd = fs_beside(run->rejects_real, &run->rejects_copy,
	    &run->rejects_copy_token)) < 0) {
		fs_buf_free(&run->rejects_copy);
		return NULL;
	}
	/*
	 * An unnamed copy is written through a second descriptor: the
	 * first stays open, after fclose(), until the copy is named.
	 */
	if (run->rejects_copy.n == 0 &&
	    (run->rejects_copy_fd = dup(fd)) < 0) {
		close(fd);
		fs_buf_free(&run->rejects_copy);
		return NULL;
	}
	if (fs_keep_owner(fd, &st) != 0 || (f = fdopen(fd, "w")) == NULL) {
		close(fd);
		rejects_copy_drop(run);
		return NULL;
	}
	return f;
}

/* The copy, not renamed: removed (an unnamed one goes as it is closed). */
static void
rejects_copy_drop(struct fs_run *run)
{
	if (run->rejects_copy.n > 0)
		(void)unlink(run->rejects_copy.p);
	if (run->rejects_copy_fd >= 0)
		(void)close(run->rejects_copy_fd);
	run->rejects_copy_fd = -1;
	fs_finished(run->rejects_copy_token);
	run->rejects_copy_token = -1;
	fs_buf_free(&run->rejects_copy);
}

int
fs_run_keep_rejects(struct fs_run *run)
{
	FILE *copy;
	int err = 0, rc;

	if (run->rejects == NULL || rejects_read(run))
		return run->rejects_lost ? 2 : 0;
	copy = rejects_copy_open(run);
	errno = 0;
	if ((rc = write_rejects(run, copy != NULL ? copy : run->rejects,
	    copy == NULL)) != 0)
		err = errno;
	fs_spool_close(&run->rejects_rows);
	/* On the disk before its rename, as a ledger's copy (fs-seal). */
	if (copy != NULL && rc == 0 && (fflush(copy) != 0 ||
	    fsync(fileno(copy)) != 0)) {
		err = errno;
		rc = -1;
	}
	if (copy != NULL && fclose(copy) != 0 && err == 0) {
		err = errno;
		rc = -1;
	}
	if (fclose(run->rejects) != 0 && err == 0 && copy == NULL) {
		err = errno;
		rc = -1;
	}
	run->rejects = NULL;
	run->rejects_done = 1;
	/*
	 * Rows rejected go in place now, before the report (a run whose
	 * rows cannot be kept writes nothing on stdout); a copy of the
	 * header alone waits for fs_run_finish(), and so does a file made
	 * for it.
	 */
	if (rc == 0) {
		if (copy == NULL)
			fs_finished(run->rejects_token);
		else if (run->ninvalid > 0)
			return rejects_settle(run, 1);
		return 0;
	}
	/*
	 * Rows that could not all be written: a file this run made is
	 * removed again, one that was there is left as it was (or, written
	 * in place, empty), not a part of the rows that reads like all of
	 * them.
	 */
	if (copy != NULL)
		rejects_copy_drop(run);
	if (run->rejects_made)
		(void)unlink(run->rejects_file);
	fs_finished(run->rejects_token);
	if (rc == -2)
		fs_warnx("%s: %s the rejected rows: %s; %s is left as it was",
		    fs_tmpdir(), run->rejects_rows.nofile ?
		    "cannot make a temporary file for" :
		    "the temporary file of", strerror(err),
		    run->rejects_file);
	else if (run->rejects_made)
		fs_warnx("%s: %s; not kept", run->rejects_file,
		    strerror(err));
	else if (copy != NULL)
		fs_warnx("%s: %s; it is left as it was", run->rejects_file,
		    strerror(err));
	else if (run->rejects_id.regular)
		fs_warnx("%s: %s; it is left %s", run->rejects_file,
		    strerror(err), truncate(run->rejects_file, 0) == 0 ?
		    "empty" : "cut short");
	else
		fs_warnx("%s: %s", run->rejects_file, strerror(err));
	run->rejects_lost = 1;
	return 2;
}

/* Writes p[0 .. n) to fd whole: 0, or -1 (errno set). */
static int
write_whole(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/*
 * The bytes of the copy written over file to, in place: 0, or -1 (errno
 * set; with *cut set, to is then cut short).  For a rename refused (a file
 * of another user's in a sticky folder, a file mounted over), or a copy
 * that could not be named: it is read from its descriptor when it has
 * one, else by its name.
 */
static int
copy_over(const struct fs_run *run, const char *to, int *cut)
{
	char block[1 << 16];
	int in, out, e = 0;
	ssize_t n;
	off_t at = 0;

	if ((in = run->rejects_copy_fd >= 0 ? dup(run->rejects_copy_fd) :
	    open(run->rejects_copy.p, O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	if ((out = open(to, O_WRONLY | O_TRUNC | O_CLOEXEC)) < 0) {
		e = errno;
		close(in);
		errno = e;
		return -1;
	}
	*cut = 1;		/* emptied: until written whole, cut short */
	while ((n = pread(in, block, sizeof(block), at)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || write_whole(out, block, (size_t)n) < 0) {
			e = errno;
			break;
		}
		at += n;
	}
	close(in);
	if (e == 0 && fsync(out) < 0)
		e = errno;
	if (close(out) < 0 && e == 0)
		e = errno;
	errno = e;
	return e != 0 ? -1 : 0;
}

/*
 * The copy of the rejects file, renamed over it when keep (or, the
 * rename refused, written over it in place), else removed, with a file
 * made for it, so that a run that fails before it rejects a row leaves
 * yesterday's rejects file as it was, or none.  Rows rejected are kept
 * so before the report goes out (fs_run_keep_rejects()); a file of the
 * header alone once the run is through (fs_run_finish()).  0, or 2 when
 * the copy cannot be put in its place (said).
 */
static int
rejects_settle(struct fs_run *run, int keep)
{
	int rc = 0, cut = 0, named = 0, renamed = 0;

	if (run->rejects_copy.n == 0 && run->rejects_copy_fd < 0)
		return 0;
	/*
	 * Named, for its rename, as late as can be.  One that the system
	 * does not let the run name (EPERM, EACCES: fs.protected_hardlinks)
	 * is written over the file in place, and so is a header alone,
	 * named once the report is out; one of rows that cannot be named
	 * (a full folder, where the file written in place could be cut
	 * short) is not kept, the file left as it was.
	 */
	if (keep && fs_beside_name(run->rejects_copy_fd, run->rejects_real,
	    &run->rejects_copy, &run->rejects_copy_token) == 0)
		named = 1;
	else if (keep && errno != EPERM && errno != EACCES &&
	    run->ninvalid > 0)
		keep = -1;
	if (keep > 0 && ((named && (renamed = rename(run->rejects_copy.p,
	    run->rejects_real) == 0)) || copy_over(run, run->rejects_real,
	    &cut) == 0)) {
		fs_sync_folder(run->rejects_real);
		if (renamed)		/* its name is the file's now */
			fs_buf_reset(&run->rejects_copy);
		rejects_copy_drop(run);	/* copied over: the copy goes */
	} else {
		/* Written over in place, and that failed: it is cut short. */
		if (keep < 0) {
			fs_warnx("%s: cannot name its copy in its folder: %s; "
			    "not kept", run->rejects_file, strerror(errno));
			run->rejects_lost = 1;
			rc = 2;
		} else if (keep) {
			fs_warnx("%s: %s; %s", run->rejects_file,
			    strerror(errno), cut ? "not kept, and the file "
			    "is left cut short" : "not kept");
			run->rejects_lost = 1;
			rc = 2;
		}
		rejects_copy_drop(run);
		if (run->rejects_made)
			(void)unlink(run->rejects_file);
	}
	fs_finished(run->rejects_token);
	run->rejects_token = -1;
	return rc;
}

/*
 * The report, written and committed once the rejects file is kept: 0,
 * or 2, said.  A run with invalid rows that were only reported (the
 * rejects file could not be kept) writes nothing.
 */
static int
report(struct fs_run *run)
{
	if (fs_run_keep_rejects(run) != 0 ||
	    (run->keep_going && run->ninvalid > 0 && !run->rejects_done)) {
		fs_out_discard(&run->out);
		return 2;
	}
	if (run->findings)
		fs_findings_write(&run->fnd, &run->out);
	if (fs_out_commit(&run->out) < 0) {
		/* A held report that could not wait in TMPDIR: say so. */
		if (run->out.spill_err)
			fs_warnx("%s: the report's temporary file: %s",
			    fs_tmpdir(), strerror(run->out.err));
		else
			fs_warnx("%s: %s", run->out.name,
			    strerror(run->out.err));
		return 2;
	}
	return 0;
}

int
fs_run_report(struct fs_run *run)
{
	if (run->reported)
		return 0;
	run->reported = 1;
	return report(run);
}

int
fs_run_finish(struct fs_run *run, int status)
{
	int i, kept;

	/*
	 * A run that fails before it rejects a row has nothing to keep: the
	 * rejects file is left as it was (yesterday's, or none).
	 */
	if (status == 2 && run->ninvalid == 0 && run->rejects != NULL)
		drop_rejects(run);
	/*
	 * The rejects file first: a run whose rejected rows cannot be kept
	 * fails (exit 2), and so writes nothing on stdout.
	 */
	if (fs_run_keep_rejects(run) != 0)
		status = 2;
	if (status == 2)
		fs_out_discard(&run->out);
	else if (!run->reported && report(run) != 0)
		status = 2;
	if (rejects_settle(run, status != 2 || run->ninvalid > 0) != 0)
		status = 2;
	kept = run->rejects_done && !run->rejects_lost;
	/* The rows are there: say so (not when they could not be kept). */
	if (kept && run->ninvalid > 0) {
		fs_warnx("%ld invalid row%s written to %s", run->ninvalid,
		    run->ninvalid == 1 ? "" : "s", run->rejects_file);
		if (status != 2)
			status = 3;
	}
	if (status == 0 && fs_run_failing(run))
		status = 1;
	for (i = 0; i < run->nkc; i++)
		fs_keycheck_free(&run->kc[i]);
	if (run->needs_calendar)
		fs_calendar_free(&run->cal);
	fs_findings_free(&run->fnd);
	fs_buf_free(&run->msg);
	free(run->files);
	free(run->ids);
	free(run->rejects_hdr);
	free(run->rejects_real);
	fs_spool_close(&run->rejects_rows);
	return status;
}
