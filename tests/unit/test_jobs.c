/*
 * test_jobs.c - a file read by threads (fs_run_jobs()): parts cut one a
 * thread (keys with line numbers) or as pieces claimed in turn (a day
 * map, or no key); each part's line base, and the reader left at the
 * file's end with its lines counted, as after reading it on one thread;
 * rows with their fields written, and parsed from the index
 * (run.values_only); fs_run_parts()'s call at each part's end.  And
 * rows read from a stream by threads (fs_run_take() on a pipe): taken
 * in order, on their lines, invalid ones where the ordinary reading
 * reports them, a read error after the last row.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "../../common/run.h"
#include "unit.h"

enum { ROWS = 30000, EVERY = 97 };

/*
 * The lines at which a row callback saw the rows marked "M", kept by
 * part: a part is read by one thread, and row() may write only what
 * belongs to its part.
 */
struct seen {
	struct {
		long line[ROWS / 10];
		int n, bad;
	} part[FS_MAX_PARTS];
};

static int
note_row(void *arg, int part, const struct fs_tsv *r,
    const struct fs_value *v)
{
	struct seen *s = arg;

	if (part < 0 || part >= FS_MAX_PARTS)
		abort();
	/* The row's first value is its line's first field. */
	if (v[0].p != r->line || memchr(r->line, '\t', r->linelen) !=
	    r->line + v[0].n)
		s->part[part].bad = 1;
	if (r->line[0] != 'M')
		return 0;
	if (s->part[part].n == ROWS / 10)
		s->part[part].bad = 1;
	else
		s->part[part].line[s->part[part].n++] = r->lineno;
	return 0;
}

/*
 * Writes a file at path (a mkstemp() template): the header, then ROWS
 * rows made by row(i, buf), an empty line after every EVERY.  Its
 * lines, the header's included.
 */
static long
write_file(char *path, const char *header,
    void (*row)(int, char *, size_t))
{
	char buf[256];
	FILE *fp;
	long lines = 1;
	int fd, i;

	if ((fd = mkstemp(path)) < 0 || (fp = fdopen(fd, "w")) == NULL)
		abort();
	fprintf(fp, "%s\n", header);
	for (i = 0; i < ROWS; i++) {
		row(i, buf, sizeof(buf));
		fprintf(fp, "%s\n", buf);
		lines++;
		if (i % EVERY == EVERY - 1) {
			fputc('\n', fp);
			lines++;
		}
	}
	if (fclose(fp) != 0)
		abort();
	return lines;
}

/* Every 10th row is marked: its first byte is 'M'. */
static void
attendance_row(int i, char *buf, size_t n)
{
	snprintf(buf, n, "%c%d\t2026-%02d-%02d\tin_village\t", i % 10 ? 'S' :
	    'M', i % 500, 1 + i / 500 / 28, 1 + i / 500 % 28);
}

static void
households_row(int i, char *buf, size_t n)
{
	snprintf(buf, n, "%cH%d\tV1\t\xe5\xbc\xa0\xe4\xb8\x89\t3\t1200.00\t"
	    "poor", i % 10 ? 'H' : 'M', i);
}

/*
 * Reads the file at path as fmt with 2 threads, with or without a row
 * callback, the rows' fields written or not (values_only): checks the
 * rows, the reader's end, and that each marked row lies at its part's
 * line base plus its line in the part.
 */
static void
check_file(const char *path, const struct fs_format *fmt, long lines,
    int with_row, int values_only)
{
	struct fs_run run;
	struct fs_tsv r;
	struct fs_binding b;
	struct seen *s = calloc(1, sizeof(*s));
	long base[FS_MAX_PARTS], at;
	int i, k, p, n, bad, done, parts;

	fs_run_init(&run, "test_jobs", "");
	run.jobs = 2;
	run.as_of_given = 1;
	run.as_of = fs_date_make(2026, 12, 31);
	run.values_only = values_only;
	CHECK(s != NULL && fs_run_start(&run) == 0);
	CHECK(fs_run_open(&run, &r, path, fmt, &b) == 0);
	done = fs_run_jobs(&run, &r, &b, with_row ? note_row : NULL, s,
	    with_row ? base : NULL);
	CHECK(done == 1);
	CHECK(r.rows == ROWS);
	CHECK(r.nextline == lines + 1);
	CHECK(fs_tsv_next(&r) == FS_TSV_EOF);
	if (with_row) {
		/* Row i is on line 2 + i + i / EVERY (the empty lines). */
		for (p = 0, n = 0, bad = 0, parts = 0; p < FS_MAX_PARTS; p++) {
			bad |= s->part[p].bad;
			parts += s->part[p].n > 0;
			for (k = 0; k < s->part[p].n; k++, n++) {
				at = base[p] + s->part[p].line[k];
				for (i = 0; i < ROWS; i += 10)
					if (2 + i + i / EVERY == at)
						break;
				bad |= i >= ROWS;	/* not a marked row's line */
			}
		}
		CHECK(!bad && n == ROWS / 10);
		/*
		 * About 1 MB: pieces of a quarter of what is left down to
		 * 64 KB, the first three times the last at least; or one part
		 * a thread.  Every piece has marked rows.
		 */
		if (fmt->key[1] >= 0)
			CHECK(parts >= 6 && base[1] - base[0] >
			    3 * (lines - base[parts - 1]));
		else
			CHECK(parts == 2);
	}
	fs_tsv_close(&r);
	fs_run_finish(&run, 0);
	free(s);
}

/* For fs_run_parts(): what each part's end saw. */
struct ends {
	struct seen *s;
	int ends[FS_MAX_PARTS];		/* calls for the part */
	int rows_then[FS_MAX_PARTS];	/* its marked rows by then */
	int refuse;			/* the part whose end says no, or -1 */
};

static int
note_end(void *arg, int part)
{
	struct ends *e = arg;

	e->ends[part]++;
	e->rows_then[part] = e->s->part[part].n;
	return part == e->refuse;
}

static int
note_row_ends(void *arg, int part, const struct fs_tsv *r,
    const struct fs_value *v)
{
	return note_row(((struct ends *)arg)->s, part, r, v);
}

/*
 * fs_run_parts(): each part's end is called once, after all its rows;
 * an end that says no makes it return 0 with r where it was, so that
 * the ordinary reading gets every row.
 */
static void
check_ends(const char *path, const struct fs_format *fmt, int refuse)
{
	struct fs_run run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct ends *e = calloc(1, sizeof(*e));
	long base[FS_MAX_PARTS], rows = 0;
	int p, bad = 0, parts = 0, done;

	fs_run_init(&run, "test_jobs", "");
	run.jobs = 2;
	run.as_of_given = 1;
	run.as_of = fs_date_make(2026, 12, 31);
	if (e == NULL || (e->s = calloc(1, sizeof(*e->s))) == NULL)
		abort();
	e->refuse = refuse;
	CHECK(fs_run_start(&run) == 0);
	CHECK(fs_run_open(&run, &r, path, fmt, &b) == 0);
	done = fs_run_parts(&run, &r, &b, note_row_ends, note_end, e, base);
	if (refuse < 0) {
		CHECK(done == 1);
		for (p = 0; p < FS_MAX_PARTS; p++) {
			bad |= e->ends[p] > 1 ||
			    e->rows_then[p] != e->s->part[p].n ||
			    (e->s->part[p].n > 0 && e->ends[p] != 1);
			parts += e->ends[p];
		}
		CHECK(!bad && parts >= 6);
	} else {
		CHECK(done == 0);
		CHECK(e->ends[refuse] == 1);
		while (fs_run_next(&run, &r, &b, v) == FS_TSV_ROW)
			rows++;
		CHECK(rows == ROWS);
	}
	fs_tsv_close(&r);
	fs_run_finish(&run, 0);
	free(e->s);
	free(e);
}

/*
 * fs_run_part_next() over a file whose header comes again half-way (cat
 * a b): with run.header_repeats the repeat is passed over, else it is a
 * line that is not a valid row; the same with and without take.
 */
static void
check_part_next(void)
{
	char path[] = "/tmp/fs-test-jobs.XXXXXX";
	const char *hdr = "secretary_id\tdate\tstatus\tnote";
	struct fs_run run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	FILE *fp;
	int fd, i, rc, rows, take, repeats;

	if ((fd = mkstemp(path)) < 0 || (fp = fdopen(fd, "w")) == NULL)
		abort();
	fprintf(fp, "%s\n", hdr);
	for (i = 0; i < 2000; i++)
		fprintf(fp, "%s%sS%d\t2026-01-%02d\tleave\t\n",
		    i == 1000 ? hdr : "", i == 1000 ? "\n" : "", i % 100,
		    1 + i / 100);
	if (fclose(fp) != 0)
		abort();
	for (take = 0; take < 2; take++)
		for (repeats = 0; repeats < 2; repeats++) {
			fs_run_init(&run, "test_jobs", "");
			run.header_repeats = repeats;
			CHECK(fs_run_start(&run) == 0);
			CHECK(fs_run_open(&run, &r, path, &fs_fmt_attendance,
			    &b) == 0);
			rows = 0;
			while ((rc = fs_run_part_next(&run, &r, &b, &r, take,
			    v)) > 0)
				rows++;
			CHECK(repeats ? rc == 0 && rows == 2000 :
			    rc < 0 && rows == 1000 && r.lineno == 1002);
			fs_tsv_close(&r);
			fs_run_finish(&run, 0);
		}
	unlink(path);
}

/*
 * A stream of funds rows: STREAM_ROWS of them, row i with ref R<i>, on
 * line 2 + i + i / EVERY (an empty line after every EVERY), row LONG's
 * note longer than a chunk, and the rows listed in bad (ended by -1)
 * with an amount that is not one.
 */
enum { STREAM_ROWS = 5000, LONG = 1234 };

static void
stream_text(struct fs_buf *out, const int *bad)
{
	char note[4000];
	int i;

	memset(note, 'n', sizeof(note) - 1);
	note[sizeof(note) - 1] = '\0';
	fs_buf_adds(out, "date\tvillage_id\tcategory\tflow\tamount\t"
	    "secretary_id\tsource\thousehold_id\tnotice_ref\tref\tnote\n");
	for (i = 0; i < STREAM_ROWS; i++) {
		fs_buf_printf(out, "2026-01-%02d\tV1\tbenefit\tout\t%s\t\t"
		    "src\tH%d\tN1\tR%d\t%s\n", 1 + i % 28,
		    *bad == i ? "x" : "5.00", i, i, i == LONG ? note : "");
		if (*bad == i)
			bad++;
		if (i % EVERY == EVERY - 1)
			fs_buf_adds(out, "\n");
	}
}

/* What take_stream() saw: the row it wants next, and how it went. */
struct taken {
	const int *bad;		/* the rows it must not see, -1 ended */
	int next, rows, wrong;
};

static int
take_stream(void *arg, const struct fs_tsv *r, const struct fs_value *v)
{
	struct taken *t = arg;
	const struct fs_value *ref = &v[FS_FUNDS_REF];
	int i = ref->n > 1 && ref->p[0] == 'R' ? atoi(ref->p + 1) : -1;

	while (*t->bad == t->next)
		t->next++, t->bad++;
	if (i != t->next || r->lineno != 2 + i + i / EVERY)
		t->wrong++;
	t->next = i + 1;
	t->rows++;
	return 0;
}

static void
prep_none(void *parg, const struct fs_tsv *r, const struct fs_value *v,
    uint64_t *aux)
{
	(void)parg, (void)r, (void)v;
	aux[0] = 0;
}

static void
ahead_none(void *arg, const uint64_t *aux)
{
	(void)arg, (void)aux;
}

/* Writes a stream's bytes, then closes it: write_all()'s argument. */
struct writer {
	int fd;
	const char *p;
	size_t n;
};

static void *
write_all(void *arg)
{
	struct writer *w = arg;
	ssize_t got;

	while (w->n > 0 && ((got = write(w->fd, w->p, w->n)) > 0 ||
	    errno == EINTR))
		if (got > 0)
			w->p += got, w->n -= (size_t)got;
	close(w->fd);
	return NULL;
}

/*
 * Reads the stream with bad rows bad on jobs threads (1: with a prep
 * that asks ahead, for which one thread reads in chunks too), from a
 * pipe, or a socket whose peer closes with a byte left unread, which
 * makes the read after the last row fail (ECONNRESET).  keep_going:
 * every invalid row is reported and the rest taken.
 */
static void
check_stream(const int *bad, int jobs, int keep_going, int socket)
{
	struct fs_buf text = { 0 };
	struct fs_run run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_prep prep = { prep_none, ahead_none, NULL, 1, NULL };
	struct taken t = { bad, 0, 0, 0 };
	struct writer w;
	pthread_t th;
	int fd[2], in, nbad, rc, done;

	for (nbad = 0; bad[nbad] >= 0; nbad++)
		;
	stream_text(&text, bad);
	if ((socket ? socketpair(AF_UNIX, SOCK_STREAM, 0, fd) :
	    pipe(fd)) != 0 || (socket && write(fd[0], "?", 1) != 1) ||
	    (in = dup(STDIN_FILENO)) < 0 || dup2(fd[0], STDIN_FILENO) < 0)
		abort();
	close(fd[0]);
	w.fd = fd[1];
	w.p = text.p;
	w.n = text.n;
	if (pthread_create(&th, NULL, write_all, &w) != 0)
		abort();
	fs_run_init(&run, "test_jobs", "");
	run.jobs = jobs;
	run.keep_going = keep_going;
	run.as_of_given = 1;
	run.as_of = fs_date_make(2026, 12, 31);
	CHECK(fs_run_start(&run) == 0);
	CHECK(fs_run_open(&run, &r, "-", &fs_fmt_funds, &b) == 0);
	if (nbad == 0 && !socket) {
		/* The threads took every row, none left to the ordinary way. */
		rc = fs_run_pipe(&run, &r, &b, 0, jobs == 1 ? &prep : NULL,
		    take_stream, &t, &done);
		CHECK(done == 1);
	} else
		rc = fs_run_take_prep(&run, &r, &b, 0, jobs == 1 ? &prep :
		    NULL, take_stream, &t);
	if (socket) {
		CHECK(rc == 2 && r.err == ECONNRESET);
		CHECK(t.rows == STREAM_ROWS && t.wrong == 0);
	} else if (nbad > 0 && !keep_going) {
		/* Every row before the first invalid one. */
		CHECK(rc == 2 && t.rows == bad[0] && t.wrong == 0);
	} else {
		while (*t.bad == t.next)
			t.next++, t.bad++;
		CHECK(rc == 0 && t.wrong == 0 && t.next == STREAM_ROWS);
		CHECK(t.rows == STREAM_ROWS - nbad && run.ninvalid == nbad);
		CHECK(r.rows == STREAM_ROWS);
		CHECK(fs_tsv_next(&r) == FS_TSV_EOF);
	}
	fs_tsv_close(&r);
	/* The writer may still be stopped by a full pipe. */
	close(STDIN_FILENO);
	pthread_join(th, NULL);
	fs_run_finish(&run, 0);
	if (dup2(in, STDIN_FILENO) < 0)
		abort();
	close(in);
	fs_buf_free(&text);
}

int
main(void)
{
	char att[] = "/tmp/fs-test-jobs.XXXXXX", hh[] = "/tmp/fs-test-jobs.XXXXXX";
	long natt, nhh;
	int vo;

	/*
	 * A stream's writer (write_all()) may still be writing when the
	 * reader has stopped at a bad row and closed its end: EPIPE ends it,
	 * as a signal would end the whole test.
	 */
	signal(SIGPIPE, SIG_IGN);
	natt = write_file(att, "secretary_id\tdate\tstatus\tnote",
	    attendance_row);
	nhh = write_file(hh, "household_id\tvillage_id\thead_name\tmembers\t"
	    "annual_income\tstatus", households_row);
	for (vo = 0; vo < 2; vo++) {
		/* A day map: pieces claimed in turn. */
		check_file(att, &fs_fmt_attendance, natt, 0, vo);
		check_file(att, &fs_fmt_attendance, natt, 1, vo);
		/* Keys with their lines: one part a thread. */
		check_file(hh, &fs_fmt_households, nhh, 0, vo);
		check_file(hh, &fs_fmt_households, nhh, 1, vo);
	}
	check_ends(att, &fs_fmt_attendance, -1);
	check_ends(att, &fs_fmt_attendance, 1);
	unlink(att);
	unlink(hh);
	check_part_next();
	{
		static const int none[] = { -1 }, some[] = { 0, 77, LONG,
		    2500, STREAM_ROWS - 1, -1 };
		int jobs;

		for (jobs = 1; jobs <= 3; jobs++) {
			check_stream(none, jobs, 0, 0);
			check_stream(some, jobs, 1, 0);
			check_stream(some + 1, jobs, 0, 0);
			check_stream(none, jobs, 0, 1);
		}
	}
	return unit_done();
}
