/*
 * fs-audit - discipline and due process (SPEC 3.7).  Three subcommands,
 * each with its own input:
 *
 *	conduct		meals, gifts, reimbursements, forbidden conduct, and
 *			the keyword patterns of a rules file (PCRE2);
 *	decisions	the "four proposals, two public" method;
 *	benefits	public notice of allowances and cadres' relatives.
 *
 * The table of each is every input row as read plus a column "problems",
 * in input order.  Conduct writes a row as soon as it is judged.
 * Decisions and benefits know some problems only once the input is read,
 * so they keep their rows until the end, where the table is written: a
 * regular file is read again, and only where each row is goes to a spool
 * (an unlinked temporary file past its first megabyte); the rows of any
 * other input go there whole.  Memory grows with decisions and keys,
 * never with rows.  (With --findings it grows with the findings, kept to be
 * sorted: one a row at fault.)
 */
#define PCRE2_CODE_UNIT_WIDTH 8

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <setjmp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <pcre2.h>

#include "../common/reread.h"
#include "../common/roster.h"
#include "../common/rules.h"
#include "../common/run.h"
#include "../common/spool.h"

static const char usage[] =
"usage: fs-audit conduct [--rules FILE|none] [--roster FILE] [options] [FILE...]\n"
"       fs-audit decisions [options] [FILE...]\n"
"       fs-audit benefits [--cadres FILE] [options] [FILE...]\n"
"Judge discipline and due process.  The table is every input row plus a\n"
"column 'problems' (the rules broken), in input order.\n"
"  conduct            meals, gifts, reimbursements not settled; banquets,\n"
"                     gambling, superstition; keyword patterns in notes\n"
"  decisions          the six stages of \"four proposals, two public\"\n"
"  benefits           public notice, cadres' relatives, repeated grants\n"
"  --rules FILE       conduct: keyword patterns (rule, pattern, severity);\n"
"                     default: the installed rules.tsv; none: no keywords\n"
"  --roster FILE      conduct: the roster, for the findings' village_id\n"
"  --cadres FILE      benefits: cadre_id, village_id, relative_id_number\n"
"  -j, --jobs N       threads, 1 to 16: N-1 parse ahead, the main one\n"
"                     judges in order; 1: all on one (default: one per\n"
"                     4 MB of a file, up to the processors; a pipe: one\n"
"                     per processor)\n"
FS_COMMON_USAGE;

enum { OPT_RULES = FS_OPT_TOOL, OPT_ROSTER, OPT_CADRES };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "roster", required_argument, NULL, OPT_ROSTER },
	{ "cadres", required_argument, NULL, OPT_CADRES },
	FS_JOBS_OPTION,
	{ NULL, 0, NULL, 0 }
};

/* The tool's own column: an input column of that name is replaced. */
static const char PROBLEMS[] = "problems";

/*
 * The table's columns: the first input's header, then the columns later
 * inputs add (read ahead), less a column named "problems"; rows are
 * written in that order, a column their input has not empty.
 */
struct table {
	struct fs_buf ahead;		/* the later inputs' columns */
	char *hdr;			/* the table's column names */
	struct fs_slice *col;		/* the table's columns, into hdr */
	size_t ncols;
	size_t nfirst;			/* of them, the first input's */
	long *map;			/* column -> field of this input, -1 */
	/*
	 * This input's columns are the table's first, in order: a row is
	 * its line as read, then a tab for each of the pad columns after.
	 */
	int raw;
	size_t pad;
};

/*
 * The rows of decisions and benefits are spooled (common/spool.h) until
 * the problems are known: each record a struct rowtag, then the row;
 * the rows of a file read again, where they are (struct input).
 */
struct rowtag {
	uint32_t tag;			/* the row's decision or key */
	uint32_t bits;			/* the row's own problems */
};

/*
 * An input of a spooled table.  A regular file whose rows the table has
 * as read (struct table's raw) is read again for the table
 * (common/reread.h): its rows go to the spool as where they are, not as
 * their bytes, which spares writing the whole input to TMPDIR and
 * reading it back.  Its state when opened is kept: if it changed before
 * the table is written out, the run fails.  Only the first FS_REREAD_FILES
 * such files are, so that the descriptors kept open stay few; the rest
 * are spooled.
 *
 * Such a row is four numbers in 7-bit groups (varint_put()): its tag,
 * its own problems, the bytes from the end of the row before it to its
 * start, and its bytes; about 6 bytes a row where a spooled row takes
 * 80, and a spool record holds the rows of PLACES bytes, not one row
 * (each record costs 8 bytes more).
 */
enum { PLACES = 4096 };

struct input {
	const char *name;
	int fd;				/* read again; -1: spooled */
	struct stat st;			/* when it was opened */
	size_t pad;			/* the table's columns it lacks */
	size_t nrows;			/* its rows in the table */
};

/*
 * The problems of the tags (decisions, groups) the table's rows name:
 * bits[tag], a byte each (the entries themselves are spread over
 * memory), and bits[n] 0 for a tag past them.  Benefits' are all made
 * before the table; decisions' are judged on a thread of their own
 * while the table is written (judge_all()): done then says how many are
 * made so far, and a row whose tag is not waits for it.  Decisions are
 * judged in the order they first come, so the rows seldom wait.
 */
struct tags {
	uint8_t *bits;
	size_t n;
	_Atomic size_t done;		/* bits made */
	size_t seen;			/* done, as the table last read it */
};

/* A keyword rule of the rules file. */
struct kwrule {
	const char *rule;		/* audit.keyword.NAME */
	const char *src;		/* FILE:LINE in the rules file */
	const char *pat;		/* the pattern as read, for messages */
	size_t patn;
	int severity;
	pcre2_code *re;
};

struct kwrules {
	struct kwrule *v;
	size_t n, cap;
	pcre2_match_data *md;
	pcre2_match_context *mc;
	pcre2_jit_stack *js;		/* NULL without JIT */
	struct fs_arena arena;
	/*
	 * The texts a rule is tried on: rule i in filter i / FS_KWF_MAX,
	 * each of which takes that many rules (past the first 64, every
	 * rule was tried on every text: 256 rules on 200,000 notes took
	 * 2.65 s, now 0.14 s).
	 */
	struct fs_kwfilter *filter;
	size_t nfilter;
	int all_filtered;		/* every rule is (none always tried) */
	struct fs_buf pat;		/* a pattern decoded, for the filter */
};

/* The stages of a decision, in order (FS_STAGE_*). */
enum { NSTAGES = FS_STAGE_ANNOUNCE_RESULT + 1 };
static const char *const stage_name[NSTAGES] = {
	"proposal", "consultation", "review", "resolution",
	"announce_resolution", "announce_result"
};

struct stage {
	long line;
	fs_date date;
	uint16_t file;
	uint8_t present;
	uint8_t later;			/* its row is dated after --as-of */
};

struct decision {
	const char *village;		/* as read */
	size_t villagen;
	uint32_t ord;			/* insertion order */
	long line;			/* the first row */
	uint16_t file;
	unsigned problems;		/* bits of the DEC_* rules */
	struct stage st[NSTAGES];
	int64_t eligible, attendees, votes_for, required;
	uint8_t has_eligible, has_attendees, has_votes;
};

enum {
	DEC_MISSING_STAGE, DEC_RESULT_NOT_PUBLIC, DEC_STAGE_ORDER, DEC_QUORUM,
	DEC_NO_VOTE_RECORD, DEC_NOT_PASSED, DEC_NRULES
};
static const char *const dec_rule[DEC_NRULES] = {
	"audit.missing-stage", "audit.result-not-public", "audit.stage-order",
	"audit.quorum", "audit.no-vote-record", "audit.not-passed"
};

_Static_assert(DEC_NRULES <= 6, "a decision's problems in a byte");

enum {
	BEN_NOTICE_SHORT, BEN_GRANTED_BEFORE_NOTICE_END, BEN_RELATIVE_NOT_FILED,
	BEN_RELATIVE_UNDECLARED, BEN_DUPLICATE_BENEFIT, BEN_NRULES
};
_Static_assert(BEN_NRULES <= 6, "a group's problems in a byte");
static const char *const ben_rule[BEN_NRULES] = {
	"audit.notice-short", "audit.granted-before-notice-end",
	"audit.relative-not-filed", "audit.relative-undeclared",
	"audit.duplicate-benefit"
};

/* A cadre whose relative's ID number is listed in --cadres. */
struct cadre {
	const char *cadre_id, *village;	/* escapes decoded; NULL: the */
};					/* row was put aside (--rejects) */

/*
 * The rows of one ID number, program and year of benefits: a group.  A
 * group is its key, 16 bytes, and a count; groups are numbered in the
 * order first met (a row's tag in the spool).  The table of groups is of
 * 8-byte slots (the hash's low half and the group's number), so that a
 * new group, most rows, costs one slot, asked for rows before (a cache
 * miss in a large table), and 25 bytes more: two million groups took
 * 345 MB as strings in an fs_table, 66 MB so.
 */
struct gkey {
	uint64_t id;			/* fs_idnum_key() */
	uint32_t prog;			/* the program's index in progs */
	int32_t year;			/* of granted */
};

struct gslot {
	uint32_t tag;			/* the hash's low half */
	uint32_t ref;			/* the group's number + 1; 0: empty */
};

/* The first row of a group, for the findings about it (--findings). */
struct grant {
	long line;
	uint16_t file;
	fs_date granted;
	const char *household, *village;	/* escapes decoded */
};

struct grants {
	struct gslot *slot;
	size_t nslot;			/* a power of two, or 0 */
	int shift;			/* 64 - log2(nslot) */
	struct gkey *key;		/* by group */
	uint8_t *count;			/* rows: 1, 2, or 3 for more */
	struct grant *first;		/* with --findings */
	int findings;
	size_t n, cap;
	size_t n0;			/* groups before this input */
	struct fs_table progs;		/* program as read -> its index */
	struct fs_arena arena;		/* first[]'s strings */
};

struct audit;
typedef int row_fn(struct audit *, const struct fs_tsv *,
    const struct fs_value *);

/*
 * What prep_conduct() reads, on the threads that parse: set before an
 * input's rows are read, not written while they are, and on a cache
 * line of its own, which the main thread does not write while it takes
 * the rows (as run.h asks of prep()'s argument).
 */
struct kwprep {
	_Alignas(64) const struct fs_kwfilter *filter;
	int note_only;			/* the note is the only text column */
	char pad[64 - sizeof(void *) - sizeof(int)];
};

struct audit {
	struct fs_run *run;
	const char *rules_arg, *roster_file, *cadres_file;
	struct table tab;
	struct fs_spool spool;
	struct input *in;		/* a spooled table's inputs */
	size_t nin;
	int nreread;			/* of them, read again */
	int64_t end;			/* the last row's end, read again */
	uint64_t rbytes;		/* the rows read again, in all */
	unsigned char *places;		/* rows read again, not yet spooled */
	size_t nplaces;
	int *text;			/* the text columns of this input */
	size_t ntext;
	uint16_t file;			/* this input's index in run->files */
	struct kwrules kw;
	struct fs_roster roster;		/* --roster */
	struct fs_table dec;		/* decision_id -> struct decision */
	struct fs_table cadres;		/* ID number -> struct cadre */
	struct grants grants;		/* benefits' groups */
	struct tags tags;		/* the table's: theirs, decisions' */
	int spooled;			/* the table: from the spool (replay()) */
	int64_t fsize;			/* this input's size, or -1 */
	row_fn *take;			/* read_inputs()'s row */
	/*
	 * What each row's words are made by where it is parsed, and what
	 * they ask for ahead: prep_conduct(), prep_decision() and
	 * ahead_decision(), prep_benefit() and ahead_benefit().
	 */
	struct fs_prep prep;
	struct kwprep *kwp;		/* conduct's prep() argument */
	const struct fs_slice *col;	/* this input's column names */
	struct fs_buf line, probs, detail, src, scratch, first;
	size_t *textoff;		/* decoded text columns in scratch */
	uint64_t *maybe;		/* their rules the filters let by: */
					/* text j, filter k at j * nfilter + k */
};

static const char *
yesno_word(const struct fs_value *v)
{
	if (v->n == 0)
		return "missing";
	return v->v.yes ? "yes" : "no";
}

static void
add_problem(struct fs_buf *probs, const char *rule)
{
	if (probs->n > 0)
		fs_buf_adds(probs, ",");
	fs_buf_adds(probs, rule);
}

/*
 * Table
 */

/*
 * The table's columns: the first input's, then those later inputs add
 * (read ahead), an input's problems column left out (it is made again);
 * a row of an input without one has it empty.  0, or 2 said.
 */
static int
table_bind(struct table *t, const struct fs_tsv *r)
{
	size_t j;

	if (t->hdr == NULL) {
		t->hdr = fs_run_union(r, &t->ahead, PROBLEMS, &t->col,
		    &t->ncols, &t->nfirst);
		t->map = fs_xreallocarray(NULL, t->ncols + 1,
		    sizeof(*t->map));
	}
	if (fs_run_union_bind(r, t->col, t->ncols, t->nfirst, t->map,
	    PROBLEMS) != 0)
		return 2;
	t->raw = t->ncols >= r->ncols;
	for (j = 0; j < t->ncols && t->raw; j++)
		t->raw = t->map[j] == (j < r->ncols ? (long)j : -1);
	t->pad = t->raw ? t->ncols - r->ncols : 0;
	return 0;
}

static void
table_header(const struct table *t, struct fs_out *o)
{
	size_t j;

	for (j = 0; j < t->ncols; j++) {
		fs_out_write(o, t->col[j].p, t->col[j].n);
		fs_out_char(o, '\t');
	}
	fs_out_str(o, PROBLEMS);
	fs_out_char(o, '\n');
}

/* The current row's fields as read, in the table's order, into line. */
static void
table_row(const struct table *t, const struct fs_tsv *r, struct fs_buf *line)
{
	size_t j;

	fs_buf_reset(line);
	for (j = 0; j < t->ncols; j++) {
		if (j > 0)
			fs_buf_add(line, "\t", 1);
		if (t->map[j] >= 0)
			fs_buf_add(line, r->f[t->map[j]].p,
			    r->f[t->map[j]].n);
	}
}

static void
table_write(struct fs_out *o, const char *row, size_t n, const char *probs,
    size_t pn)
{
	fs_out_write(o, row, n);
	fs_out_char(o, '\t');
	fs_out_write(o, probs, pn);
	fs_out_char(o, '\n');
}

/*
 * The current row as the table has it, then its problems, written out:
 * the line as read when the input's columns are the table's first
 * (t->raw, the usual input), no field copied one by one.
 */
static void
table_out(const struct table *t, const struct fs_tsv *r, struct fs_buf *line,
    struct fs_out *o, const char *probs, size_t pn)
{
	size_t k;

	if (!t->raw) {
		table_row(t, r, line);
		table_write(o, line->p, line->n, probs, pn);
		return;
	}
	fs_out_write(o, r->line, r->linelen);
	for (k = 0; k < t->pad; k++)
		fs_out_char(o, '\t');
	fs_out_char(o, '\t');
	fs_out_write(o, probs, pn);
	fs_out_char(o, '\n');
}

static void
table_free(struct table *t)
{
	fs_buf_free(&t->ahead);
	free(t->hdr);
	free(t->col);
	free(t->map);
}

/*
 * Spool
 */

/*
 * The spool of the table's rows, written to its file on a thread of its
 * own unless --jobs 1: the main thread, which takes the rows in order,
 * sets these tools' time.
 */
static void
spool_open(struct audit *a)
{
	fs_spool_open(&a->spool);
	if (fs_run_threads(a->run, INT64_MAX) > 1)
		fs_spool_behind(&a->spool);
}

/* Puts v in 7-bit groups, the last without the top bit: how many. */
static size_t
varint_put(unsigned char *p, uint64_t v)
{
	size_t n = 0;

	for (; v >= 0x80; v >>= 7)
		p[n++] = (unsigned char)(v | 0x80);
	p[n++] = (unsigned char)v;
	return n;
}

/*
 * The number varint_put() put at *p, before end, in *v, *p moved past
 * it: 0, or -1 when the bytes are not one (a spool not as written).
 */
static int
varint_get(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
	const unsigned char *q = *p;
	uint64_t x = 0;
	int shift;

	for (shift = 0; q < end && shift < 63 && *q & 0x80; shift += 7)
		x |= (uint64_t)(*q++ & 0x7f) << shift;
	if (q == end || (*q & 0x80))
		return -1;
	*v = x | (uint64_t)*q++ << shift;
	*p = q;
	return 0;
}

/* The rows read again not yet spooled, spooled as one record. */
static void
places_flush(struct audit *a)
{
	if (a->nplaces == 0)
		return;
	fs_spool_add(&a->spool, a->places, a->nplaces);
	fs_spool_end(&a->spool);
	a->nplaces = 0;
}

/*
 * The spooled table's next input: read again for the table when it can
 * be (struct input).
 */
static void
input_open(struct audit *a, const struct fs_tsv *r)
{
	struct input *in;

	places_flush(a);
	a->in = fs_xreallocarray(a->in, a->nin + 1, sizeof(*a->in));
	in = &a->in[a->nin++];
	memset(in, 0, sizeof(*in));
	in->name = r->name;
	in->fd = -1;
	in->pad = a->tab.pad;
	a->end = 0;
	if (a->tab.raw && a->nreread < FS_REREAD_FILES &&
	    (in->fd = fs_reread_open(r, &in->st)) >= 0)
		a->nreread++;
}

/*
 * The current row with its tag: where it is, for a file read again, or
 * as the table has it (table_out()).
 */
static void
spool_put(struct audit *a, uint32_t tag, uint32_t bits,
    const struct fs_tsv *r)
{
	struct fs_spool *s = &a->spool;
	struct input *in = &a->in[a->nin - 1];
	const struct table *t = &a->tab;
	struct rowtag rt = { tag, bits };
	unsigned char *p;
	int64_t off;
	size_t k;

	in->nrows++;
	if (in->fd >= 0) {
		if (a->places == NULL)
			a->places = fs_xmalloc(PLACES + 4 * 10);
		off = fs_tsv_line_offset(r);
		p = a->places + a->nplaces;
		p += varint_put(p, tag);
		p += varint_put(p, bits);
		p += varint_put(p, (uint64_t)(off - a->end));
		p += varint_put(p, r->linelen);
		a->end = off + (int64_t)r->linelen;
		a->rbytes += r->linelen + 1;
		if ((a->nplaces = (size_t)(p - a->places)) >= PLACES)
			places_flush(a);
		return;
	}
	fs_spool_add(s, &rt, sizeof(rt));
	if (!t->raw) {
		table_row(t, r, &a->line);
		fs_spool_add(s, a->line.p, a->line.n);
	} else {
		fs_spool_add(s, r->line, r->linelen);
		for (k = 0; k < t->pad; k++)
			fs_spool_add(s, "\t", 1);
	}
	fs_spool_end(s);
}

/*
 * Whether the files read again are as they were when opened: 0, or 2
 * with the message added to why.
 */
static int
inputs_same(const struct audit *a, const char *when, struct fs_buf *why)
{
	size_t j;

	for (j = 0; j < a->nin; j++)
		if (a->in[j].fd >= 0 && fs_reread_same(a->in[j].fd,
		    &a->in[j].st, a->in[j].name, when, why) != 0)
			return 2;
	return 0;
}

/*
 * Inputs
 */

/* The text columns of an input: FS_TEXT columns and those not defined. */
static void
find_text_columns(struct audit *a, const struct fs_tsv *r,
    const struct fs_binding *b)
{
	const struct fs_format *fmt = b->fmt;
	size_t i;
	int c, text;

	a->text = fs_xreallocarray(a->text, r->ncols, sizeof(*a->text));
	a->textoff = fs_xreallocarray(a->textoff, r->ncols + 1,
	    sizeof(*a->textoff));
	a->maybe = fs_xreallocarray(a->maybe, r->ncols + 1,
	    (a->kw.nfilter > 0 ? a->kw.nfilter : 1) * sizeof(*a->maybe));
	a->ntext = 0;
	for (i = 0; i < r->ncols; i++) {
		if (fs_slice_eq(r->col[i].p, r->col[i].n, PROBLEMS))
			continue;
		/* Like fs_binding_is_extra(), past its 256 columns too. */
		text = 1;
		for (c = 0; c < fmt->ncols; c++)
			if (b->idx[c] == (int)i)
				text = fmt->cols[c].type == FS_TEXT;
		if (text)
			a->text[a->ntext++] = (int)i;
	}
}

typedef int aux_fn(struct audit *);

/* A row from fs_run_take_prep(): to a->take. */
static int
take_row(void *arg, const struct fs_tsv *r, const struct fs_value *v)
{
	struct audit *a = arg;

	return a->take(a, r, v);
}

/*
 * Reads every input through fmt, calling row for each valid row (with
 * a->prep made, through fs_run_take_prep(): parsed on other threads).  The
 * auxiliary file (--roster, --cadres) is read once the first input's
 * header is, so that a rejects file takes that input's header.  0 or 2.
 */
static int
read_inputs(struct audit *a, const struct fs_format *fmt, char **files,
    int nfiles, aux_fn *aux, row_fn *row)
{
	static char dash[] = "-";
	static char *stdin_only[] = { dash };
	struct fs_run *run = a->run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	int i, fields, rc = 0;

	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	a->take = row;
	if (!run->findings)
		fs_run_columns_ahead(files, nfiles, &a->tab.ahead);
	for (i = 0; i < nfiles && rc == 0; i++) {
		/* Only the table needs the inputs' columns known. */
		if (fs_run_open(run, &r, files[i], fmt, &b) != 0 ||
		    (!run->findings && table_bind(&a->tab, &r) != 0)) {
			fs_tsv_close(&r);
			return 2;
		}
		a->file = (uint16_t)(run->nfiles - 1);
		if (i == 0 && !run->findings && !a->spooled)
			table_header(&a->tab, &run->out);
		if (a->spooled)
			input_open(a, &r);
		if (i == 0 && aux != NULL && (rc = aux(a)) != 0)
			break;
		find_text_columns(a, &r, &b);
		a->fsize = fs_tsv_size(&r);
		a->grants.n0 = a->grants.n;
		a->col = r.col;
		if (a->kwp != NULL)
			a->kwp->note_only = a->ntext == 1 &&
			    a->text[0] == b.idx[FS_COND_NOTE];
		if (a->prep.prep != NULL) {
			/*
			 * The table keeps each row's fields when not raw, and
			 * so do the keyword rules, but for a note alone.
			 */
			fields = (!run->findings && !a->tab.raw) ||
			    (a->kwp != NULL && a->kw.n > 0 && a->ntext > 0 &&
			    !a->kwp->note_only);
			rc = fs_run_take_prep(run, &r, &b, fields ?
			    FS_PIPE_FIELDS : 0, &a->prep, take_row, a);
			fs_tsv_close(&r);
			continue;
		}
		while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW)
			if ((rc = row(a, &r, v)) != 0)
				break;
		rc = rc == FS_RUN_STOP ? 2 : rc;
		fs_tsv_close(&r);
	}
	if (rc != 0)
		fs_tsv_close(&r);
	return rc;
}

static const char *
source(struct audit *a, const char *file, long line)
{
	fs_buf_reset(&a->src);
	fs_buf_printf(&a->src, "%s:%ld", file, line);
	return a->src.p;
}

/*
 * Conduct: the rules file
 */

static int
rules_bad(const struct fs_tsv *r, const char *column, const char *why,
    const char *got, size_t gotn)
{
	struct fs_buf msg = { 0 };

	fs_format_fault(&msg, r, column, why, got, gotn);
	fs_warnx("%s", msg.p);
	fs_buf_free(&msg);
	return 2;
}

/* Compiles one pattern of the rules file (JIT when there is one). */
static int
rule_compile(struct audit *a, const struct fs_tsv *r, const struct fs_value *v)
{
	struct kwrules *kw = &a->kw;
	struct kwrule *k;
	pcre2_code *re;
	char why[320];
	int col;

	/* (The format's row check has compiled it once already.) */
	if ((re = fs_rule_compile(v[FS_RUL_RULE].p, v[FS_RUL_RULE].n,
	    v[FS_RUL_PATTERN].p, v[FS_RUL_PATTERN].n, &col, why,
	    sizeof(why))) == NULL)
		return rules_bad(r, fs_fmt_rules.cols[col].name, why,
		    v[col].p, v[col].n);
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	if (kw->n == kw->cap) {
		kw->cap = kw->cap ? kw->cap * 2 : 16;
		kw->v = fs_xreallocarray(kw->v, kw->cap, sizeof(*kw->v));
	}
	k = &kw->v[kw->n++];
	fs_buf_reset(&a->detail);
	fs_buf_adds(&a->detail, FS_KEYWORD);
	fs_buf_add(&a->detail, v[FS_RUL_RULE].p, v[FS_RUL_RULE].n);
	k->rule = fs_arena_strndup(&kw->arena, a->detail.p, a->detail.n);
	/* Made before it is copied: a->src.n is its length only then. */
	source(a, r->name, r->lineno);
	k->src = fs_arena_strndup(&kw->arena, a->src.p, a->src.n);
	k->pat = fs_arena_strndup(&kw->arena, v[FS_RUL_PATTERN].p,
	    v[FS_RUL_PATTERN].n);
	k->patn = v[FS_RUL_PATTERN].n;
	k->severity = v[FS_RUL_SEVERITY].v.choice;
	k->re = re;
	/* The pattern as PCRE2 was given it: escapes decoded. */
	if ((kw->n - 1) % FS_KWF_MAX == 0) {
		kw->filter = fs_xreallocarray(kw->filter, kw->nfilter + 1,
		    sizeof(*kw->filter));
		fs_kwfilter_init(&kw->filter[kw->nfilter++]);
	}
	fs_buf_reset(&kw->pat);
	fs_buf_add(&kw->pat, v[FS_RUL_PATTERN].p, v[FS_RUL_PATTERN].n);
	kw->pat.n = fs_unescape(v[FS_RUL_PATTERN].p, v[FS_RUL_PATTERN].n,
	    kw->pat.p);
	(void)fs_kwfilter_add(&kw->filter[(kw->n - 1) / FS_KWF_MAX],
	    (int)((kw->n - 1) % FS_KWF_MAX), kw->pat.p, kw->pat.n);
	return 0;
}

/*
 * What the patterns are matched with: one match block, and a JIT stack
 * that grows to 64 MB (PCRE2's own is 32 KB, too small for a pattern
 * such as (\w|\s)*X on a note of a few thousand bytes; 64 MB holds one
 * of two megabytes, the stack growing as it is used).  The interpreter,
 * which would match such a text too, needs far more (1.3 GB for 3 MB):
 * a text past the JIT's stack is the pattern's fault, as one past the
 * match limit.
 */
static void
match_init(struct kwrules *kw)
{
	kw->md = pcre2_match_data_create(1, NULL);
	kw->mc = pcre2_match_context_create(NULL);
	if (kw->md == NULL || kw->mc == NULL)
		fs_nomem();
	kw->js = pcre2_jit_stack_create(32 * 1024, 64 * 1024 * 1024, NULL);
	if (kw->js != NULL)
		pcre2_jit_stack_assign(kw->mc, NULL, kw->js);
}

/* After the message of installed rules that cannot be used: whose. */
static void
rules_installed_said(const struct audit *a)
{
	if (a->rules_arg == NULL)
		fs_warnx("(the installed rules: --rules FILE gives others, "
		    "--rules none looks for no keywords)");
}

/*
 * Reads the rules file: the installed one unless --rules names another
 * or "none".  The rules are configuration, like the policy: a bad row
 * is an error (exit 2), never a rejected row.
 */
static int
rules_load(struct audit *a)
{
	struct fs_buf path = { 0 }, why = { 0 };
	struct fs_table names;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	enum fs_tsv_status st;
	const char *file = a->rules_arg;
	long *seen;
	int created, rc = 2;

	if (file != NULL && strcmp(file, "none") == 0)
		return 0;
	if (file == NULL)
		file = fs_data_path("rules.tsv", &path);
	if (fs_run_take_stdin(a->run, file) != 0)
		return 2;
	if (fs_format_open(&r, file, &fs_fmt_rules, &b, &why) < 0) {
		fs_warnx("%s", why.p);
		rules_installed_said(a);
		fs_buf_free(&why);
		fs_buf_free(&path);
		return 2;
	}
	fs_table_init(&names, sizeof(long));
	while ((st = fs_format_next(&r, &b, v, &why)) == FS_TSV_ROW) {
		seen = fs_table_get(&names, v[FS_RUL_RULE].p, v[FS_RUL_RULE].n,
		    &created);
		if (!created) {
			fs_buf_reset(&a->detail);
			fs_buf_printf(&a->detail, "the same rule as %s:%ld",
			    r.name, *seen);
			rules_bad(&r, NULL, a->detail.p, v[FS_RUL_RULE].p,
			    v[FS_RUL_RULE].n);
			goto done;
		}
		*seen = r.lineno;
		if (rule_compile(a, &r, v) != 0)
			goto done;
	}
	if (st == FS_TSV_EOF)
		rc = 0;
	else
		fs_warnx("%s", why.p);
done:
	if (rc != 0)
		rules_installed_said(a);
	fs_buf_free(&why);
	fs_table_free(&names);
	fs_tsv_close(&r);
	fs_buf_free(&path);
	if (rc == 0 && a->kw.n > 0)
		match_init(&a->kw);
	return rc;
}

static void
rules_free(struct kwrules *kw)
{
	size_t i;

	for (i = 0; i < kw->n; i++)
		pcre2_code_free(kw->v[i].re);
	free(kw->v);
	pcre2_match_data_free(kw->md);
	pcre2_match_context_free(kw->mc);
	pcre2_jit_stack_free(kw->js);
	fs_arena_free(&kw->arena);
	for (i = 0; i < kw->nfilter; i++)
		fs_kwfilter_free(&kw->filter[i]);
	free(kw->filter);
	fs_buf_free(&kw->pat);
}

/*
 * Conduct: the roster (--roster), for the findings' village_id: the
 * posting whose service holds the day, else the latest that began
 * before it, else the first (fs_roster_village_on).
 */
static int
roster_load(struct audit *a)
{
	if (a->roster_file == NULL)
		return 0;
	return fs_roster_load(a->run, &a->roster, a->roster_file);
}

static const char *
roster_village(struct audit *a, const char *id, size_t n, fs_date day)
{
	const struct fs_rostered *s;
	const char *vid;

	if (a->roster_file == NULL ||
	    (s = fs_roster_find(&a->roster, id, n)) == NULL)
		return NULL;
	/*
	 * As the roster has it, escapes and all: a finding's is decoded.
	 * A secretary with a roster row put aside: only a posting that
	 * holds the day says the village (the row left out may be the
	 * day's); else it is not known.
	 */
	if (!fs_roster_rejected(&a->roster, id, n))
		vid = fs_roster_village_on(s, day);
	else if ((vid = fs_roster_village_holding(s, day)) == NULL)
		return NULL;
	return fs_findings_strn(&a->run->fnd, vid, strlen(vid));
}

/*
 * Conduct: the rules
 */

/*
 * Writing the table, a finding about a row is only counted, for the exit
 * status: nothing is kept for it, so that memory does not grow with the
 * rows at fault.  1 when it was counted so.
 */
static int
tallied(struct audit *a, int severity)
{
	if (a->run->findings)
		return 0;
	fs_findings_tally(&a->run->fnd, severity);
	return 1;
}

/*
 * A conduct row breaks rule: its problems say so, and the table's
 * finding is counted.  1 when a finding is to be made, its detail first
 * (conduct_finding()): with --findings.
 */
static int
conduct_hit(struct audit *a, const char *rule, int severity)
{
	add_problem(&a->probs, rule);
	return !tallied(a, severity);
}

/* A finding about a conduct row: secretary, the row's date. */
static void
conduct_finding(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v, const char *rule, int severity)
{
	struct fs_findings *f = &a->run->fnd;
	const struct fs_value *sec = &v[FS_COND_SECRETARY_ID];
	fs_date day = v[FS_COND_DATE].v.date;
	char date[FS_FMT_MAX];

	fs_date_fmt(day, date);
	fs_finding(f, rule, severity, "secretary",
	    fs_findings_strn(f, sec->p, sec->n),
	    roster_village(a, sec->p, sec->n, day), date,
	    source(a, r->name, r->lineno), "%s", a->detail.p);
}

/* "(settled: no, amount 35.00)" after what was not settled. */
static void
settled_detail(struct audit *a, const char *what, const struct fs_value *v)
{
	char amount[FS_FMT_MAX];

	fs_buf_reset(&a->detail);
	fs_buf_printf(&a->detail, "%s (settled: %s", what,
	    yesno_word(&v[FS_COND_SETTLED]));
	if (v[FS_COND_AMOUNT].n > 0) {
		fs_amount_fmt(v[FS_COND_AMOUNT].v.num, amount);
		fs_buf_printf(&a->detail, ", amount %s", amount);
	}
	fs_buf_adds(&a->detail, ")");
}

static int
settled(const struct fs_value *v)
{
	return v[FS_COND_SETTLED].n > 0 && v[FS_COND_SETTLED].v.yes;
}

static void
rule_unpaid_meal(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v)
{
	if (v[FS_COND_KIND].v.choice != FS_KIND_MEAL || settled(v) ||
	    !conduct_hit(a, "audit.unpaid-meal", FS_SEV_VIOLATION))
		return;
	settled_detail(a, "meal at a villager's or cadre's table not paid "
	    "for", v);
	conduct_finding(a, r, v, "audit.unpaid-meal", FS_SEV_VIOLATION);
}

static void
rule_gift(struct audit *a, const struct fs_tsv *r, const struct fs_value *v)
{
	if (v[FS_COND_KIND].v.choice != FS_KIND_GIFT || settled(v) ||
	    !conduct_hit(a, "audit.gift", FS_SEV_VIOLATION))
		return;
	settled_detail(a, "gift not returned", v);
	conduct_finding(a, r, v, "audit.gift", FS_SEV_VIOLATION);
}

static void
rule_reimbursement(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v)
{
	if (v[FS_COND_KIND].v.choice != FS_KIND_REIMBURSEMENT || settled(v) ||
	    !conduct_hit(a, "audit.reimbursement", FS_SEV_VIOLATION))
		return;
	settled_detail(a, "personal expense paid by the village not refunded",
	    v);
	conduct_finding(a, r, v, "audit.reimbursement", FS_SEV_VIOLATION);
}

static void
rule_forbidden(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v)
{
	const char *what;

	switch (v[FS_COND_KIND].v.choice) {
	case FS_KIND_BANQUET:
		what = "banquet (eating and drinking on public money)";
		break;
	case FS_KIND_GAMBLING:
		what = "gambling";
		break;
	case FS_KIND_SUPERSTITION:
		what = "feudal superstitious activity";
		break;
	default:
		return;
	}
	if (!conduct_hit(a, "audit.forbidden", FS_SEV_VIOLATION))
		return;
	fs_buf_reset(&a->detail);
	fs_buf_adds(&a->detail, "forbidden conduct: ");
	fs_buf_adds(&a->detail, what);
	conduct_finding(a, r, v, "audit.forbidden", FS_SEV_VIOLATION);
}

/* A conduct row's words (struct fs_prep). */
enum { AUX_MAYBE, AUX_KNOWN, NAUX_CONDUCT };

/*
 * The keyword rules a row's note may match (fs_kwfilter_scan()), made on
 * the thread that parsed it, when the note is the only text column and
 * holds no escape (its bytes are then its text): AUX_KNOWN says so.
 */
static void
prep_conduct(void *parg, const struct fs_tsv *r, const struct fs_value *v,
    uint64_t *aux)
{
	const struct kwprep *kp = parg;
	const struct fs_value *note = &v[FS_COND_NOTE];

	(void)r;
	aux[AUX_KNOWN] = kp->note_only && kp->filter != NULL &&
	    kp->filter->filtered != 0 &&
	    memchr(note->p, '\\', note->n) == NULL;
	aux[AUX_MAYBE] = aux[AUX_KNOWN] ? fs_kwfilter_scan(kp->filter,
	    note->p, note->n) : 0;
}

/*
 * Doubles a buffer, the new bytes zeroed: PCRE2's JIT may read ahead of
 * a subject's end within its buffer (harmless, but memcheck would say
 * so).
 */
static void
grow_zeroed(struct fs_buf *b)
{
	size_t old = b->cap;

	b->cap = b->cap ? b->cap * 2 : 4096;
	b->p = fs_xreallocarray(b->p, b->cap, 1);
	memset(b->p + old, 0, b->cap - old);
}

/*
 * Every keyword rule against every text column, escapes decoded: one
 * finding per rule, naming the first column that matches and the text
 * matched.  0, or 2 when PCRE2 cannot finish a match (a resource limit,
 * such as the match limit of a pattern that backtracks without end).
 * That is the pattern's fault, not the row's: like a pattern PCRE2
 * refuses, it is an error of the rules file, said as one ("FILE:LINE:
 * column 'pattern': ..."), with the row it met, and it stops the run
 * with or without --rejects.  A report with a rule left untried on a
 * row would look whole and not be.
 */
static int
rule_keywords(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v)
{
	const struct fs_kwfilter *f = a->kw.filter;
	const size_t nf = a->kw.nfilter;
	struct kwrule *k;
	const struct fs_slice *name;
	const char *s, *more;
	PCRE2_SIZE *ov;
	PCRE2_UCHAR msg[256];
	uint64_t bit, any = 0;
	size_t i, j, g, len;
	int m, q, known;

	if (a->kw.n == 0)
		return 0;
	/*
	 * A note alone scanned where it was parsed (prep_conduct(), by the
	 * first filter): when no rule may match it, nothing more is done.
	 */
	known = (int)a->prep.aux[AUX_KNOWN];	/* note_only, no escape */
	if (known && a->kw.all_filtered && nf == 1 &&
	    a->prep.aux[AUX_MAYBE] == 0)
		return 0;
	fs_buf_reset(&a->scratch);
	for (j = 0; j < a->ntext; j++) {
		/* A note alone from its value: its fields are not kept. */
		const char *tp = a->kwp->note_only ? v[FS_COND_NOTE].p :
		    r->f[a->text[j]].p;
		size_t tn = a->kwp->note_only ? v[FS_COND_NOTE].n :
		    r->f[a->text[j]].n;

		a->textoff[j] = a->scratch.n;
		while (a->scratch.cap < a->scratch.n + tn + 1)
			grow_zeroed(&a->scratch);
		a->scratch.n += fs_unescape(tp, tn,
		    a->scratch.p + a->scratch.n);
	}
	a->textoff[a->ntext] = a->scratch.n;
	/*
	 * The rules each text may match, by their literals: a rule
	 * filtered (fs_kwfilter_add()) is not tried on a text without one
	 * of its literals, which it cannot match.
	 */
	for (j = 0; j < a->ntext; j++)
		for (g = 0; g < nf; g++) {
			if (known && g == 0)
				a->maybe[0] = a->prep.aux[AUX_MAYBE];
			else if (f[g].filtered != 0)
				a->maybe[j * nf + g] = fs_kwfilter_scan(&f[g],
				    a->scratch.p + a->textoff[j],
				    a->textoff[j + 1] - a->textoff[j]);
			else
				a->maybe[j * nf + g] = 0;
			any |= a->maybe[j * nf + g];
		}
	if (a->kw.all_filtered && any == 0)
		return 0;
	for (i = 0; i < a->kw.n; i++) {
		k = &a->kw.v[i];
		g = i / FS_KWF_MAX;
		bit = 1ULL << (i % FS_KWF_MAX);
		for (j = 0; j < a->ntext; j++) {
			s = a->scratch.p + a->textoff[j];
			len = a->textoff[j + 1] - a->textoff[j];
			if (len == 0 || (f[g].filtered & bit &
			    ~a->maybe[j * nf + g]) != 0)
				continue;
			m = pcre2_match(k->re, (PCRE2_SPTR)s, len, 0, 0,
			    a->kw.md, a->kw.mc);
			if (m == PCRE2_ERROR_NOMATCH)
				continue;
			name = &a->col[a->text[j]];
			if (m < 0) {
				pcre2_get_error_message(m, msg, sizeof(msg));
				q = fs_quote_len(k->pat, k->patn, &more);
				fs_warnx("%s: column 'pattern': %s on %s:%ld, "
				    "column '%.*s' (got '%.*s%s')", k->src,
				    (char *)msg, r->name, r->lineno,
				    (int)name->n, name->p, q, k->pat, more);
				return 2;
			}
			if (!conduct_hit(a, k->rule, k->severity))
				break;
			/*
			 * Quoted as a message quotes a value: a zero-width
			 * space or a right-to-left override in the note is
			 * shown, not passed on to fs-report's page raw.
			 */
			ov = pcre2_get_ovector_pointer(a->kw.md);
			fs_buf_reset(&a->detail);
			fs_buf_printf(&a->detail, "column '%.*s' matches: ",
			    (int)name->n, name->p);
			fs_buf_quote(&a->detail, s + ov[0], ov[1] - ov[0]);
			conduct_finding(a, r, v, k->rule, k->severity);
			break;
		}
	}
	return 0;
}

static int
conduct_row(struct audit *a, const struct fs_tsv *r, const struct fs_value *v)
{
	fs_buf_reset(&a->probs);
	rule_unpaid_meal(a, r, v);
	rule_gift(a, r, v);
	rule_reimbursement(a, r, v);
	rule_forbidden(a, r, v);
	if (rule_keywords(a, r, v) != 0)
		return 2;
	if (!a->run->findings)
		table_out(&a->tab, r, &a->line, &a->run->out, a->probs.p,
		    a->probs.n);
	return 0;
}

static int
conduct(struct audit *a, char **files, int nfiles)
{
	size_t i;
	int rc;

	if ((rc = rules_load(a)) != 0)
		return rc;
	a->kwp = aligned_alloc(64, sizeof(*a->kwp));
	if (a->kwp == NULL)
		fs_nomem();
	memset(a->kwp, 0, sizeof(*a->kwp));
	a->kwp->filter = a->kw.nfilter > 0 ? &a->kw.filter[0] : NULL;
	a->kw.all_filtered = 1;
	for (i = 0; i < a->kw.nfilter; i++)
		if (a->kw.filter[i].filtered != (a->kw.n - i * FS_KWF_MAX >=
		    FS_KWF_MAX ? ~0ULL : (1ULL << (a->kw.n - i * FS_KWF_MAX)) -
		    1))
			a->kw.all_filtered = 0;
	a->prep.prep = prep_conduct;
	a->prep.parg = a->kwp;
	a->prep.naux = NAUX_CONDUCT;
	return read_inputs(a, &fs_fmt_conduct, files, nfiles, roster_load,
	    conduct_row);
}

/*
 * Decisions
 */

/*
 * A decision row's words (struct fs_prep): its decision_id's hash, and
 * its stage and date, which take() then reads there, on a line asked
 * for rows before, not on the values' second line, which the parsing
 * thread wrote (the other processor's cache: a third of
 * decision_row()'s time was that one load).
 */
enum { AUX_DECISION, AUX_STAGE_DATE, NAUX_DECISION };

static void
prep_decision(void *parg, const struct fs_tsv *r, const struct fs_value *v,
    uint64_t *aux)
{
	(void)parg;
	(void)r;
	aux[AUX_DECISION] = fs_hash(v[FS_DEC_DECISION_ID].p,
	    v[FS_DEC_DECISION_ID].n);
	aux[AUX_STAGE_DATE] = (uint64_t)(uint32_t)v[FS_DEC_DATE].v.date << 8 |
	    (uint64_t)(uint8_t)v[FS_DEC_STAGE].v.choice;
}

/* The slot of a row's decision, asked for rows before it is taken. */
static void
ahead_decision(void *arg, const uint64_t *aux)
{
	const struct audit *a = arg;

	fs_table_prefetch(&a->dec, aux[AUX_DECISION]);
}

/*
 * A row of a decision: the row's own checks (its quorum can be reckoned,
 * its village is the decision's) come before its key is taken
 * (run->keys_late: by this tool), so that a row refused for them is
 * not the one a later row of that stage repeats, and its decision is
 * made only then.  A row that repeats a stage is reported for that, in
 * whatever village.
 */
static int
decision_row(struct audit *a, const struct fs_tsv *r, const struct fs_value *v)
{
	struct fs_run *run = a->run;
	const struct fs_value *id = &v[FS_DEC_DECISION_ID];
	const struct fs_value *vil = &v[FS_DEC_VILLAGE_ID];
	struct decision *d;
	struct stage *st;
	int64_t req = 0;
	uint64_t sd = a->prep.aux[AUX_STAGE_DATE];
	int created, s = (int)(sd & 0xff);

	if (s == FS_STAGE_RESOLUTION && v[FS_DEC_ELIGIBLE].n > 0 &&
	    (req = fs_ratio_ceil_mul(run->policy.audit_quorum,
	    v[FS_DEC_ELIGIBLE].v.num)) < 0)
		return fs_run_invalid(run, r, "eligible",
		    "too large to compute the quorum", v[FS_DEC_ELIGIBLE].p,
		    v[FS_DEC_ELIGIBLE].n);
	d = fs_table_find_hash(&a->dec, id->p, id->n,
	    a->prep.aux[AUX_DECISION]);
	if (d != NULL && !d->st[s].present &&
	    fs_slice_cmp(vil->p, vil->n, d->village, d->villagen)) {
		fs_keycheck_village(&a->detail, d->village,
		    run->files[d->file], d->line);
		return fs_run_invalid(run, r, "village_id", a->detail.p,
		    vil->p, vil->n);
	}
	/*
	 * The key (decision_id, stage) is the decision's stage: a stage
	 * present is one given before, said as fs_run_key() says a key
	 * given twice.  No table of keys is kept beside the decisions: it
	 * would hold a key a row.
	 */
	if (d != NULL && d->st[s].present) {
		fs_keycheck_repeat(&a->detail, &fs_fmt_decisions,
		    run->files[d->st[s].file], (unsigned long)d->st[s].line);
		return fs_run_invalid(run, r, NULL, a->detail.p, id->p,
		    id->n) != 0 ? 2 : 0;
	}
	if (d == NULL) {
		d = fs_table_intern_hash(&a->dec, id->p, id->n,
		    a->prep.aux[AUX_DECISION], &created)->val;
		d->village = fs_arena_strndup(fs_table_arena(&a->dec), vil->p,
		    vil->n);
		d->villagen = vil->n;
		d->ord = (uint32_t)(a->dec.n - 1);
		d->file = a->file;
		d->line = r->lineno;
	}
	st = &d->st[s];
	st->present = 1;
	st->date = (fs_date)(uint32_t)(sd >> 8);
	st->line = r->lineno;
	st->file = a->file;
	if (s == FS_STAGE_RESOLUTION) {
		d->has_eligible = v[FS_DEC_ELIGIBLE].n > 0;
		d->has_attendees = v[FS_DEC_ATTENDEES].n > 0;
		d->has_votes = v[FS_DEC_VOTES_FOR].n > 0;
		d->eligible = v[FS_DEC_ELIGIBLE].v.num;
		d->attendees = v[FS_DEC_ATTENDEES].v.num;
		d->votes_for = v[FS_DEC_VOTES_FOR].v.num;
		d->required = req;
	}
	if (!run->findings)
		spool_put(a, d->ord, 0, r);
	return 0;
}

/* Did the resolution fail (votes_for × 2 ≤ attendees)? */
static int
failed(const struct decision *d)
{
	return d->st[FS_STAGE_RESOLUTION].present && d->has_attendees &&
	    d->has_votes && d->votes_for <= d->attendees - d->votes_for;
}

/* Passed: resolved, and not failed (no vote figures count as passed). */
static int
passed(const struct decision *d)
{
	return d->st[FS_STAGE_RESOLUTION].present && !failed(d);
}

/* A finding about a decision, its source the row of stage src. */
static void
decision_finding(struct audit *a, const struct fs_entry *e,
    struct decision *d, int rule, int severity, int src)
{
	struct fs_findings *f = &a->run->fnd;
	const struct stage *res = &d->st[FS_STAGE_RESOLUTION];
	const struct stage *st = &d->st[src];
	char period[FS_FMT_MAX] = "";

	/* A resolution yet to come still names the decision's period. */
	if (res->present || res->later)
		fs_date_fmt(res->date, period);
	fs_finding(f, dec_rule[rule], severity, "decision",
	    fs_findings_strn(f, e->key, e->keylen),
	    fs_findings_strn(f, d->village, d->villagen), period,
	    source(a, a->run->files[st->file], (long)st->line), "%s",
	    a->detail.p);
}

/*
 * Decision d breaks rule: its problems say so, and the table's finding
 * is counted.  1 when a finding is to be made, its detail first
 * (decision_finding()): with --findings.  The table's run makes no
 * detail (decisions' rules took 10% of its time making them).
 */
static int
decision_hit(struct audit *a, struct decision *d, int rule, int severity)
{
	d->problems |= 1u << rule;
	return !tallied(a, severity);
}

/*
 * A stage dated after --as-of has not happened as of that day: every
 * rule judges the decision without it (it is not due, so it makes no
 * stage before it missing, and it does not stand for itself).
 */
static void
stages_as_of(struct decision *d, fs_date as_of)
{
	int s;

	for (s = 0; s < NSTAGES; s++)
		if (d->st[s].present && d->st[s].date > as_of) {
			d->st[s].present = 0;
			d->st[s].later = 1;
		}
}

/* A stage's name, and the date of its row when that is yet to come. */
static void
stage_said(struct audit *a, const struct decision *d, int s)
{
	char date[FS_FMT_MAX];

	fs_buf_adds(&a->detail, stage_name[s]);
	if (d->st[s].later) {
		fs_date_fmt(d->st[s].date, date);
		fs_buf_printf(&a->detail, " (dated %s, after the as-of date)",
		    date);
	}
}

static void
rule_missing_stage(struct audit *a, const struct fs_entry *e,
    struct decision *d)
{
	const struct stage *res = &d->st[FS_STAGE_RESOLUTION];
	const struct stage *ar = &d->st[FS_STAGE_ANNOUNCE_RESULT];
	const int say = a->run->findings;	/* the detail is made */
	fs_date since;
	int s, t, last = -1, src = -1;
	char date[FS_FMT_MAX];

	fs_buf_reset(&a->detail);
	/*
	 * The first four stages: missing when a later one is present, each
	 * said with the first present after it ("proposal absent while
	 * consultation is present; review absent while resolution is
	 * present").
	 */
	for (s = FS_STAGE_PROPOSAL; s <= FS_STAGE_RESOLUTION; s++) {
		if (d->st[s].present)
			continue;
		for (t = s + 1; t < NSTAGES && !d->st[t].present; t++)
			continue;
		if (t == NSTAGES)
			continue;
		if (src < 0)
			src = t;
		else if (!say)
			;
		else if (t == last)
			fs_buf_adds(&a->detail, ", ");
		else
			fs_buf_printf(&a->detail, " absent while %s is "
			    "present; ", stage_name[last]);
		if (say)
			stage_said(a, d, s);
		last = t;
	}
	if (last >= 0 && say)
		fs_buf_printf(&a->detail, " absent while %s is present",
		    stage_name[last]);
	if (!d->st[FS_STAGE_ANNOUNCE_RESOLUTION].present && !failed(d)) {
		since = res->present ? a->run->as_of - res->date : 0;
		if (ar->present) {
			if (src < 0)
				src = FS_STAGE_ANNOUNCE_RESULT;
			if (say) {
				if (a->detail.n > 0)
					fs_buf_adds(&a->detail, "; ");
				stage_said(a, d, FS_STAGE_ANNOUNCE_RESOLUTION);
				fs_buf_adds(&a->detail, " absent while "
				    "announce_result is present");
			}
		} else if (res->present &&
		    since > a->run->policy.audit_notice_days) {
			if (src < 0)
				src = FS_STAGE_RESOLUTION;
			if (say) {
				fs_date_fmt(res->date, date);
				if (a->detail.n > 0)
					fs_buf_adds(&a->detail, "; ");
				stage_said(a, d, FS_STAGE_ANNOUNCE_RESOLUTION);
				fs_buf_printf(&a->detail, " absent %ld day%s "
				    "after the resolution of %s; due within "
				    "%lld", (long)since, fs_plural(since), date,
				    (long long)a->run->policy.audit_notice_days);
			}
		}
	}
	if (src >= 0 && decision_hit(a, d, DEC_MISSING_STAGE,
	    FS_SEV_VIOLATION))
		decision_finding(a, e, d, DEC_MISSING_STAGE, FS_SEV_VIOLATION,
		    src);
}

static void
rule_result_not_public(struct audit *a, const struct fs_entry *e,
    struct decision *d)
{
	const struct stage *res = &d->st[FS_STAGE_RESOLUTION];
	const struct stage *ar = &d->st[FS_STAGE_ANNOUNCE_RESULT];
	int64_t due = a->run->policy.audit_result_notice_days, late;
	char date[FS_FMT_MAX], when[FS_FMT_MAX];
	int sev;

	if (!passed(d))
		return;
	late = (int64_t)(ar->present ? ar->date : a->run->as_of) - res->date;
	if (late <= due)
		return;
	sev = late - due > due ? FS_SEV_VIOLATION : FS_SEV_WARNING;
	if (!decision_hit(a, d, DEC_RESULT_NOT_PUBLIC, sev))
		return;
	fs_date_fmt(res->date, date);
	fs_buf_reset(&a->detail);
	if (ar->present) {
		fs_date_fmt(ar->date, when);
		fs_buf_printf(&a->detail, "announce_result dated %s, %lld day%s "
		    "after the resolution of %s; due within %lld", when,
		    (long long)late, fs_plural(late), date, (long long)due);
	} else {
		stage_said(a, d, FS_STAGE_ANNOUNCE_RESULT);
		fs_buf_printf(&a->detail, " absent %lld day%s after the "
		    "resolution of %s; due within %lld", (long long)late,
		    fs_plural(late), date, (long long)due);
	}
	decision_finding(a, e, d, DEC_RESULT_NOT_PUBLIC, sev,
	    ar->present ? FS_STAGE_ANNOUNCE_RESULT : FS_STAGE_RESOLUTION);
}

static void
rule_stage_order(struct audit *a, const struct fs_entry *e,
    struct decision *d)
{
	char d1[FS_FMT_MAX], d2[FS_FMT_MAX];
	int s, prev = -1, src = -1;

	fs_buf_reset(&a->detail);
	for (s = 0; s < NSTAGES; s++) {
		if (!d->st[s].present)
			continue;
		if (prev >= 0 && d->st[s].date < d->st[prev].date) {
			if (a->run->findings) {
				fs_date_fmt(d->st[s].date, d1);
				fs_date_fmt(d->st[prev].date, d2);
				fs_buf_printf(&a->detail, "%s%s %s dated "
				    "before %s %s", src < 0 ? "" : "; ",
				    stage_name[s], d1, stage_name[prev], d2);
			}
			if (src < 0)
				src = s;
		}
		prev = s;
	}
	if (src >= 0 && decision_hit(a, d, DEC_STAGE_ORDER, FS_SEV_VIOLATION))
		decision_finding(a, e, d, DEC_STAGE_ORDER, FS_SEV_VIOLATION,
		    src);
}

static void
rule_quorum(struct audit *a, const struct fs_entry *e, struct decision *d)
{
	struct fs_ratio q = a->run->policy.audit_quorum;
	char ratio[FS_FMT_MAX];

	if (!d->st[FS_STAGE_RESOLUTION].present || !d->has_eligible ||
	    !d->has_attendees || d->attendees >= d->required ||
	    !decision_hit(a, d, DEC_QUORUM, FS_SEV_VIOLATION))
		return;
	fs_fixed_fmt(q.num, q.den, 4, ratio);
	fs_buf_reset(&a->detail);
	fs_buf_printf(&a->detail, "%lld of %lld representative%s attended; "
	    "%lld required (quorum %s)", (long long)d->attendees,
	    (long long)d->eligible, fs_plural(d->eligible),
	    (long long)d->required, ratio);
	decision_finding(a, e, d, DEC_QUORUM, FS_SEV_VIOLATION,
	    FS_STAGE_RESOLUTION);
}

static void
rule_no_vote_record(struct audit *a, const struct fs_entry *e,
    struct decision *d)
{
	if (!d->st[FS_STAGE_RESOLUTION].present ||
	    (d->has_eligible && d->has_attendees && d->has_votes) ||
	    !decision_hit(a, d, DEC_NO_VOTE_RECORD, FS_SEV_WARNING))
		return;
	fs_buf_reset(&a->detail);
	fs_buf_adds(&a->detail, "resolution without ");
	if (!d->has_eligible)
		fs_buf_adds(&a->detail, "eligible, ");
	if (!d->has_attendees)
		fs_buf_adds(&a->detail, "attendees, ");
	if (!d->has_votes)
		fs_buf_adds(&a->detail, "votes_for, ");
	a->detail.n -= 2;
	a->detail.p[a->detail.n] = '\0';
	decision_finding(a, e, d, DEC_NO_VOTE_RECORD, FS_SEV_WARNING,
	    FS_STAGE_RESOLUTION);
}

static void
rule_not_passed(struct audit *a, const struct fs_entry *e, struct decision *d)
{
	int s;

	if (!failed(d))
		return;
	for (s = FS_STAGE_RESOLUTION + 1; s < NSTAGES; s++)
		if (d->st[s].present)
			break;
	if (s == NSTAGES ||
	    !decision_hit(a, d, DEC_NOT_PASSED, FS_SEV_VIOLATION))
		return;
	fs_buf_reset(&a->detail);
	fs_buf_printf(&a->detail, "the resolution failed (%lld of %lld "
	    "attendee%s for), yet %s is present", (long long)d->votes_for,
	    (long long)d->attendees, fs_plural(d->attendees), stage_name[s]);
	decision_finding(a, e, d, DEC_NOT_PASSED, FS_SEV_VIOLATION, s);
}

static void
problems_of(struct fs_buf *probs, unsigned bits, const char *const *rule,
    int nrules)
{
	int i;

	fs_buf_reset(probs);
	for (i = 0; i < nrules; i++)
		if (bits & (1u << i))
			add_problem(probs, rule[i]);
}

/*
 * The table being written from the spool: what replay_rows() changes is
 * here, not in locals, since a file read again that is cut short under
 * its window brings replay() back to its sigsetjmp() (whose function's
 * locals changed since are indeterminate).
 */
enum { NSETS = 1 << 6 };

struct replay {
	sigjmp_buf cut;
	struct fs_out o;
	struct fs_reread rr;
	struct fs_buf all;		/* each set of problems, said once */
	size_t at[NSETS], len[NSETS];	/* a set's, in all */
	int rc;
	struct fs_buf why;		/* rc 2: why, said once it is out */
};

/* The table's bytes, about: what sets its threads. */
static int64_t
table_bytes(const struct audit *a)
{
	return (int64_t)(a->spool.bytes + a->rbytes);
}

/* Waits until tag's problems are made (struct tags). */
static void
tags_wait(struct tags *tg, uint32_t tag)
{
	while ((tg->seen = atomic_load_explicit(&tg->done,
	    memory_order_acquire)) <= tag && tg->seen < tg->n)
		sched_yield();
}

/* The problems of tag. */
static inline unsigned
tag_bits(struct tags *tg, uint32_t tag)
{
	if (tag >= tg->seen)
		tags_wait(tg, tag);
	return tg->bits[tag < tg->n ? tag : tg->n];
}

/*
 * The next row read again, from the places at *q before qend (spool_put()):
 * its tag and problems in *rt, where it is in *pl, *end moved to its end.
 * 0, or -1 when the places are not as written.
 */
static int
place_next(const unsigned char **q, const unsigned char *qend, int64_t *end,
    struct rowtag *rt, struct fs_place *pl)
{
	uint64_t tag, bits, skip, len;

	if (varint_get(q, qend, &tag) != 0 ||
	    varint_get(q, qend, &bits) != 0 ||
	    varint_get(q, qend, &skip) != 0 ||
	    varint_get(q, qend, &len) != 0 || tag > UINT32_MAX ||
	    bits > UINT32_MAX || skip > (uint64_t)INT64_MAX - (uint64_t)*end ||
	    len > (uint64_t)INT64_MAX - (uint64_t)*end - skip)
		return -1;
	rt->tag = (uint32_t)tag;
	rt->bits = (uint32_t)bits;
	pl->off = *end + (int64_t)skip;
	pl->len = len;
	*end = pl->off + (int64_t)len;
	return 0;
}

/* The rows of the table, until the end or the first failure (t->rc). */
static void
replay_rows(struct audit *a, struct replay *t, struct tags *tg)
{
	static const char tabs[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";
	const struct input *in;
	const unsigned char *q = NULL, *qend = NULL;
	const char *p, *line;
	struct fs_place pl;
	struct rowtag rt;
	unsigned bits;
	size_t i, j, n, k, tn;
	int64_t end;

	for (j = 0; j < a->nin && t->rc == 0; j++) {
		in = &a->in[j];
		if (in->fd >= 0)
			fs_reread_start(&t->rr, in->fd, in->name,
			    (int64_t)in->st.st_size);
		for (i = 0, end = 0; i < in->nrows && !t->o.err; i++) {
			if ((in->fd < 0 || q == qend) &&
			    fs_spool_next(&a->spool, &p, &n) != 1)
				goto bad;
			if (in->fd < 0) {
				if (n < sizeof(rt))
					goto bad;
				memcpy(&rt, p, sizeof(rt));
				bits = rt.bits | tag_bits(tg, rt.tag);
				table_write(&t->o, p + sizeof(rt),
				    n - sizeof(rt), t->all.p + t->at[bits],
				    t->len[bits]);
				continue;
			}
			if (q == qend) {
				q = (const unsigned char *)p;
				qend = q + n;
			}
			if (place_next(&q, qend, &end, &rt, &pl) != 0)
				goto bad;
			bits = rt.bits | tag_bits(tg, rt.tag);
			if ((line = fs_reread_row(&t->rr, &pl)) == NULL) {
				fs_buf_printf(&t->why, "%s: %s", in->name,
				    t->rr.changed ? fs_reread_changed :
				    strerror(errno));
				t->rc = 2;
				return;
			}
			fs_out_write(&t->o, line, (size_t)pl.len);
			for (k = in->pad; k > 0; k -= tn) {
				tn = k < sizeof(tabs) - 1 ? k : sizeof(tabs) - 1;
				fs_out_write(&t->o, tabs, tn);
			}
			table_write(&t->o, "", 0, t->all.p + t->at[bits],
			    t->len[bits]);
		}
		/* An input's places end with its last row (places_flush()). */
		if (in->fd >= 0 && q != qend && !t->o.err)
			goto bad;
	}
	return;
bad:
	/* The spool is not as written, or ended early. */
	fs_spool_why(&a->spool, &t->why);
	t->rc = 2;
}

/*
 * Writes the table from the spool and the files read again; tg gives a
 * row's problems.  Each set of problems is said once, beforehand.
 *
 * The table goes straight to standard output, not through run->out,
 * which would hold all of it in a second temporary file until the end
 * (as fs-households's): once the input is read (the rejects kept, the
 * spool written out whole, the files read again unchanged), only an I/O
 * error, or a file read again that changes while the table is written,
 * can make the run fail, and then what was written is taken out of a
 * file again.  0, or 2.
 */
static int
replay(struct audit *a, struct tags *tg, const char *const *rule,
    int nrules)
{
	struct fs_buf why = { 0 };
	struct replay *t;
	unsigned bits;
	int rc;

	places_flush(a);
	if (fs_spool_rewind(&a->spool) != 0) {
		fs_spool_warn(&a->spool);
		return 2;
	}
	if (inputs_same(a, "while it was read", &why) != 0) {
		fs_warnx("%s", why.p);
		fs_buf_free(&why);
		return 2;
	}
	/*
	 * The rejects file is kept first, as a run that fails must write
	 * nothing on stdout; a spool that then fails to be read back (an
	 * I/O error on the temporary file) leaves it written.
	 */
	if (fs_run_keep_rejects(a->run) != 0)
		return 2;
	t = fs_xcalloc(1, sizeof(*t));
	for (bits = 0; bits < (1u << nrules); bits++) {
		problems_of(&a->probs, bits, rule, nrules);
		t->at[bits] = t->all.n;
		t->len[bits] = a->probs.n;
		fs_buf_add(&t->all, a->probs.p, a->probs.n);
	}
	fs_out_init(&t->o, STDOUT_FILENO, a->run->out.name, 0);
	/*
	 * Made on this thread, written on another (the readers' threads
	 * are done by now): decisions 0.295 -> 0.268 s, benefits 0.303 ->
	 * 0.264 on the bench's 2M rows (11 runs in turn).
	 */
	if (fs_run_threads(a->run, table_bytes(a)) > 1)
		(void)fs_out_behind(&t->o);
	table_header(&a->tab, &t->o);
	/*
	 * A file read again that is cut short under its window raises
	 * SIGBUS; it comes back here, as a change found by reading would.
	 */
	if (sigsetjmp(t->cut, 1) != 0) {
		fs_tsv_catch_cut(NULL);
		fs_buf_reset(&t->why);
		fs_buf_printf(&t->why, "%s: %s", t->rr.name,
		    fs_reread_changed);
		t->rc = 2;
	} else {
		fs_tsv_catch_cut(&t->cut);
		replay_rows(a, t, tg);
		fs_tsv_catch_cut(NULL);
	}
	fs_reread_free(&t->rr);
	if (t->rc == 0 && !t->o.err)
		t->rc = inputs_same(a, "while the table was written", &t->why);
	rc = 0;
	/*
	 * What was written of the table is taken out of its file first
	 * (fs_out_discard()), then the message goes: into the same file
	 * (2>&1, 2>>), it would be taken out with it, or keep the table.
	 */
	if (t->rc != 0) {
		fs_out_discard(&t->o);
		fs_warnx("%s", t->why.p);
		rc = 2;
	} else if (fs_out_commit(&t->o) < 0) {
		fs_warnx("%s: %s", t->o.name, strerror(t->o.err));
		rc = 2;
	}
	fs_buf_free(&t->why);
	fs_buf_free(&t->all);
	free(t);
	return rc;
}

/*
 * Decision i's rules (in insertion order): with --findings each hit is
 * a finding, for the table its problems (d->problems) and a count.
 */
static void
judge(struct audit *a, size_t i)
{
	const struct fs_entry *e = a->dec.order[i];
	struct decision *d = e->val;

	stages_as_of(d, a->run->as_of);
	rule_missing_stage(a, e, d);
	rule_result_not_public(a, e, d);
	rule_stage_order(a, e, d);
	rule_quorum(a, e, d);
	rule_no_vote_record(a, e, d);
	rule_not_passed(a, e, d);
}

/* Every decision judged for the table, a->tags told as they are. */
enum { JUDGE_STEP = 256 };

static void *
judge_all(void *arg)
{
	struct audit *a = arg;
	size_t i;

	for (i = 0; i < a->tags.n; i++) {
		judge(a, i);
		a->tags.bits[i] = (uint8_t)((struct decision *)
		    a->dec.order[i]->val)->problems;
		if ((i + 1) % JUDGE_STEP == 0 || i + 1 == a->tags.n)
			atomic_store_explicit(&a->tags.done, i + 1,
			    memory_order_release);
	}
	return NULL;
}

static int
decisions(struct audit *a, char **files, int nfiles)
{
	pthread_t th;
	size_t i;
	int rc;

	fs_table_init(&a->dec, sizeof(struct decision));
	if (!a->run->findings)
		spool_open(a);
	a->spooled = !a->run->findings;
	a->run->keys_late = 1;
	a->prep.prep = prep_decision;
	a->prep.ahead = ahead_decision;
	a->prep.naux = NAUX_DECISION;
	if ((rc = read_inputs(a, &fs_fmt_decisions, files, nfiles, NULL,
	    decision_row)) != 0)
		return rc;
	if (a->run->findings) {
		for (i = 0; i < a->dec.n; i++)
			judge(a, i);
		return 0;
	}
	a->tags.bits = fs_xcalloc(a->dec.n + 1, 1);
	a->tags.n = a->dec.n;
	/*
	 * The rules on a thread of their own while the table is written:
	 * on the bench's 2M rows they took a tenth of the run, with the
	 * other processor idle.  The table's findings are only counted,
	 * here alone until the thread is joined.
	 */
	if (fs_run_threads(a->run, table_bytes(a)) < 2 ||
	    pthread_create(&th, NULL, judge_all, a) != 0) {
		(void)judge_all(a);
		rc = replay(a, &a->tags, dec_rule, DEC_NRULES);
	} else {
		rc = replay(a, &a->tags, dec_rule, DEC_NRULES);
		pthread_join(th, NULL);
	}
	return rc;
}

/*
 * Benefits
 */

/*
 * The key of a valid ID number (fs_idnum_key(): case-blind), as the
 * cadres' table has it.  NULL for an ID number that is not valid (a row
 * put aside), which no valid one can equal.
 */
static const char *
id_key(const struct fs_value *id, uint64_t *key)
{
	if (fs_idnum_check(id->p, id->n) != NULL)
		return NULL;
	*key = fs_idnum_key(id->p);
	return (const char *)key;
}

/* The cadres (--cadres): the relatives' ID numbers, case-blind. */
static int
cadres_load(struct audit *a)
{
	struct fs_run *run = a->run;
	struct fs_arena *arena = fs_table_arena(&a->cadres);
	struct cadre *c;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS], rel;
	struct fs_table aside;
	uint64_t key;
	size_t i;
	int rc, created;

	if (a->cadres_file == NULL)
		return 0;
	if (fs_run_open_side(run, &r, a->cadres_file, &fs_fmt_cadres,
	    &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	a->cadres_file = r.name;	/* as details name it: - is <stdin> */
	fs_table_init(&aside, 0);
	fs_run_side_rejects(run, &aside, &b, FS_CAD_RELATIVE_ID_NUMBER);
	while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW) {
		if (id_key(&v[FS_CAD_RELATIVE_ID_NUMBER], &key) == NULL)
			abort();	/* the format checked it */
		c = fs_table_get(&a->cadres, (const char *)&key, sizeof(key),
		    &created);
		if (!created)
			continue;
		c->cadre_id = fs_unescape_dup(arena, v[FS_CAD_CADRE_ID].p,
		    v[FS_CAD_CADRE_ID].n);
		c->village = fs_unescape_dup(arena, v[FS_CAD_VILLAGE_ID].p,
		    v[FS_CAD_VILLAGE_ID].n);
	}
	fs_run_side_rejects(run, NULL, NULL, 0);
	/*
	 * A row put aside still says its relative is a cadre's: a benefit
	 * to them is judged as a relative's, the cadre not named (the row
	 * is to be mended), not passed over.
	 */
	for (i = 0; i < aside.n; i++) {
		rel.p = aside.order[i]->key;
		rel.n = aside.order[i]->keylen;
		if (id_key(&rel, &key) == NULL)
			continue;
		c = fs_table_get(&a->cadres, (const char *)&key, sizeof(key),
		    &created);
		if (created)
			c->cadre_id = c->village = NULL;
	}
	fs_table_free(&aside);
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

/* A finding about a benefit row: household, the granted date. */
static void
benefit_finding(struct audit *a, int rule, const char *household,
    const char *village, fs_date granted, const char *src)
{
	char date[FS_FMT_MAX];

	if (tallied(a, FS_SEV_VIOLATION))
		return;
	fs_date_fmt(granted, date);
	fs_finding(&a->run->fnd, ben_rule[rule], FS_SEV_VIOLATION, "benefit",
	    household, village, date, src, "%s", a->detail.p);
}

/* A finding about the row, once its detail is made (not tallied()). */
static void
row_finding(struct audit *a, const struct fs_tsv *r, const struct fs_value *v,
    int rule)
{
	struct fs_findings *f = &a->run->fnd;

	benefit_finding(a, rule, fs_findings_strn(f,
	    v[FS_BEN_HOUSEHOLD_ID].p, v[FS_BEN_HOUSEHOLD_ID].n),
	    fs_findings_strn(f, v[FS_BEN_VILLAGE_ID].p, v[FS_BEN_VILLAGE_ID].n),
	    v[FS_BEN_GRANTED].v.date, source(a, r->name, r->lineno));
}

static unsigned
rule_notice_short(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v)
{
	fs_date from = v[FS_BEN_NOTICE_START].v.date;
	fs_date to = v[FS_BEN_NOTICE_END].v.date;
	int64_t days = (int64_t)to - from + 1;
	int64_t need = a->run->policy.audit_notice_days;
	char d1[FS_FMT_MAX], d2[FS_FMT_MAX];

	if (days >= need)
		return 0;
	if (tallied(a, FS_SEV_VIOLATION))
		return 1u << BEN_NOTICE_SHORT;
	fs_date_fmt(from, d1);
	fs_date_fmt(to, d2);
	fs_buf_reset(&a->detail);
	if (days < 1)
		fs_buf_printf(&a->detail, "public notice ends on %s, before it "
		    "starts on %s; at least %lld day%s required", d2, d1,
		    (long long)need, fs_plural(need));
	else
		fs_buf_printf(&a->detail, "public notice from %s to %s: %lld "
		    "day%s; at least %lld required", d1, d2, (long long)days,
		    fs_plural(days), (long long)need);
	row_finding(a, r, v, BEN_NOTICE_SHORT);
	return 1u << BEN_NOTICE_SHORT;
}

static unsigned
rule_granted_before_notice_end(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v)
{
	char d1[FS_FMT_MAX], d2[FS_FMT_MAX];

	if (v[FS_BEN_GRANTED].v.date > v[FS_BEN_NOTICE_END].v.date)
		return 0;
	if (tallied(a, FS_SEV_VIOLATION))
		return 1u << BEN_GRANTED_BEFORE_NOTICE_END;
	fs_date_fmt(v[FS_BEN_GRANTED].v.date, d1);
	fs_date_fmt(v[FS_BEN_NOTICE_END].v.date, d2);
	fs_buf_reset(&a->detail);
	fs_buf_printf(&a->detail, "granted on %s, not after the public "
	    "notice ended on %s", d1, d2);
	row_finding(a, r, v, BEN_GRANTED_BEFORE_NOTICE_END);
	return 1u << BEN_GRANTED_BEFORE_NOTICE_END;
}

static unsigned
rule_relative_not_filed(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v, const struct cadre *c)
{
	const struct fs_value *rel = &v[FS_BEN_CADRE_RELATIVE];
	const struct fs_value *filed = &v[FS_BEN_FILED];

	if ((c == NULL && !(rel->n > 0 && rel->v.yes)) ||
	    (filed->n > 0 && filed->v.yes))
		return 0;
	if (tallied(a, FS_SEV_VIOLATION))
		return 1u << BEN_RELATIVE_NOT_FILED;
	fs_buf_reset(&a->detail);
	if (c != NULL && c->cadre_id == NULL)
		fs_buf_printf(&a->detail, "relative of a cadre on a row of %s "
		    "put aside", a->cadres_file);
	else if (c != NULL)
		fs_buf_printf(&a->detail, "relative of cadre %s (village %s) "
		    "in %s", c->cadre_id, c->village, a->cadres_file);
	else
		fs_buf_adds(&a->detail, "declared relative of a village cadre");
	fs_buf_printf(&a->detail, ", not filed (filed: %s)",
	    yesno_word(filed));
	row_finding(a, r, v, BEN_RELATIVE_NOT_FILED);
	return 1u << BEN_RELATIVE_NOT_FILED;
}

static unsigned
rule_relative_undeclared(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v, const struct cadre *c)
{
	const struct fs_value *rel = &v[FS_BEN_CADRE_RELATIVE];

	if (c == NULL || (rel->n > 0 && rel->v.yes))
		return 0;
	if (tallied(a, FS_SEV_VIOLATION))
		return 1u << BEN_RELATIVE_UNDECLARED;
	fs_buf_reset(&a->detail);
	if (c->cadre_id == NULL)
		fs_buf_printf(&a->detail, "relative of a cadre on a row of %s "
		    "put aside", a->cadres_file);
	else
		fs_buf_printf(&a->detail, "relative of cadre %s (village %s) "
		    "in %s", c->cadre_id, c->village, a->cadres_file);
	fs_buf_printf(&a->detail, ", not declared (cadre_relative: %s)",
	    yesno_word(rel));
	row_finding(a, r, v, BEN_RELATIVE_UNDECLARED);
	return 1u << BEN_RELATIVE_UNDECLARED;
}

/*
 * A group key's hash: of the ID number, the program's hash and the year,
 * through fs_hash() (seeded: keys cannot be made to collide ahead).
 */
static uint64_t
grant_hash(uint64_t id, uint64_t prog, int32_t year)
{
	const uint64_t w[3] = { id, prog, (uint64_t)(uint32_t)year };

	return fs_hash((const char *)w, sizeof(w));
}

/* Where a hash's probe starts (its top bits). */
static size_t
grant_home(const struct grants *g, uint64_t h)
{
	return (size_t)(h >> g->shift);
}

/* The slots made nslot (a power of two), the groups moved into them. */
static void
grants_grow(struct grants *g, size_t nslot)
{
	struct gslot *slot = fs_slots_alloc(nslot, sizeof(*slot));
	const struct gkey *k;
	size_t i, j, mask = nslot - 1;
	uint64_t h;
	int shift = 64;

	while (((size_t)1 << (64 - shift)) < nslot)
		shift--;
	for (i = 0; i < g->n; i++) {
		k = &g->key[i];
		h = grant_hash(k->id, g->progs.order[k->prog]->hash, k->year);
		for (j = (size_t)(h >> shift); slot[j].ref != 0;
		    j = (j + 1) & mask)
			continue;
		slot[j].tag = (uint32_t)h;
		slot[j].ref = (uint32_t)i + 1;
	}
	free(g->slot);
	g->slot = slot;
	g->nslot = nslot;
	g->shift = shift;
}

/*
 * The slots the groups will want, the table grown now: twice as many,
 * or, in a file of known size, as many as foretold at its end: the
 * groups of the files before it, and those it added so far in the
 * proportion of its bytes read (at most GROW_MAX times as many slots), so
 * that the groups are not moved at every doubling (two million groups:
 * 11% of the time so).
 */
enum { GROW_MAX = 64 };

static size_t
grants_want(const struct grants *g, int64_t size, const struct fs_tsv *r)
{
	int64_t at = fs_tsv_line_offset(r);
	size_t want = g->nslot * 2;
	double keys;

	if (size <= 0 || at <= 0 || at >= size)
		return want;
	/* The groups before this file, and what its own so far foretell. */
	keys = (double)g->n0 + (double)(g->n - g->n0) * (double)size /
	    (double)at;
	while (want < g->nslot * GROW_MAX && keys * 4 >= (double)want * 3)
		want *= 2;
	return want;
}

/* A benefit row's words (struct fs_prep). */
enum { AUX_GROUP, AUX_PROGRAM, AUX_ID, AUX_CADRE, AUX_YEAR, NAUX };

/*
 * A row's words, made on the thread that parsed it: its group's hash,
 * its program's, its ID number's key and that key's hash in the cadres'
 * table, the year of granted.
 */
static void
prep_benefit(void *parg, const struct fs_tsv *r, const struct fs_value *v,
    uint64_t *aux)
{
	const struct fs_value *prog = &v[FS_BEN_PROGRAM];

	(void)parg;
	(void)r;
	aux[AUX_ID] = fs_idnum_key(v[FS_BEN_ID_NUMBER].p);
	aux[AUX_PROGRAM] = fs_hash(prog->p, prog->n);
	aux[AUX_YEAR] = (uint32_t)fs_date_year(v[FS_BEN_GRANTED].v.date);
	aux[AUX_GROUP] = grant_hash(aux[AUX_ID], aux[AUX_PROGRAM],
	    (int32_t)(uint32_t)aux[AUX_YEAR]);
	aux[AUX_CADRE] = fs_hash((const char *)&aux[AUX_ID],
	    sizeof(aux[AUX_ID]));
}

/*
 * The slots a row will probe, in tables too large for the cache, asked
 * for rows before it is taken.
 */
static void
ahead_benefit(void *arg, const uint64_t *aux)
{
	const struct audit *a = arg;

	__builtin_prefetch(&a->grants.slot[grant_home(&a->grants,
	    aux[AUX_GROUP])]);
	if (a->cadres.n > 0)
		fs_table_prefetch(&a->cadres, aux[AUX_CADRE]);
}

/*
 * The group of a row (its number), made when new; *count says which of
 * the group's rows this is: 1, 2, or 3 for any after.
 */
static uint32_t
grant_get(struct grants *g, int64_t size, const struct fs_tsv *r,
    const struct fs_value *v, const uint64_t *aux, int *count)
{
	const struct fs_value *prog = &v[FS_BEN_PROGRAM];
	const uint64_t h = aux[AUX_GROUP];
	struct fs_entry *pe;
	struct gkey key;
	size_t i, mask = g->nslot - 1;
	uint32_t tag, ref;
	int created;

	pe = fs_table_intern_hash(&g->progs, prog->p, prog->n,
	    aux[AUX_PROGRAM], &created);
	if (created)
		*(uint32_t *)pe->val = (uint32_t)(g->progs.n - 1);
	memset(&key, 0, sizeof(key));
	key.id = aux[AUX_ID];
	key.prog = *(uint32_t *)pe->val;
	key.year = (int32_t)(uint32_t)aux[AUX_YEAR];
	tag = (uint32_t)h;
	for (i = grant_home(g, h); (ref = g->slot[i].ref) != 0;
	    i = (i + 1) & mask)
		if (g->slot[i].tag == tag &&
		    memcmp(&g->key[ref - 1], &key, sizeof(key)) == 0) {
			if (g->count[ref - 1] < 3)
				g->count[ref - 1]++;
			*count = g->count[ref - 1];
			return ref - 1;
		}
	if (g->n == g->cap) {
		if (g->cap >= UINT32_MAX / 2)
			fs_nomem();
		g->cap = g->cap ? g->cap * 2 : 1024;
		g->key = fs_xreallocarray(g->key, g->cap, sizeof(*g->key));
		g->count = fs_xreallocarray(g->count, g->cap, 1);
		if (g->findings)
			g->first = fs_xreallocarray(g->first, g->cap,
			    sizeof(*g->first));
	}
	g->slot[i].tag = tag;
	g->slot[i].ref = (uint32_t)g->n + 1;
	g->key[g->n] = key;
	g->count[g->n] = 1;
	*count = 1;
	if (++g->n * 4 >= g->nslot * 3)
		grants_grow(g, grants_want(g, size, r));
	return (uint32_t)(g->n - 1);
}

/*
 * One ID number granted one program twice or more in a calendar year:
 * every such row.  The first row of a group is judged when the second
 * comes; rows after it at once.  Sets *tag to the group, whose count
 * decides the table's problems at the end.
 */
static void
rule_duplicate_benefit(struct audit *a, const struct fs_tsv *r,
    const struct fs_value *v, uint32_t *tag)
{
	struct grants *ga = &a->grants;
	const struct fs_value *prog = &v[FS_BEN_PROGRAM];
	fs_date granted = v[FS_BEN_GRANTED].v.date;
	int32_t year = (int32_t)(uint32_t)a->prep.aux[AUX_YEAR];
	struct grant *g;
	char name[64];			/* the program, decoded: an id */
	char day[FS_FMT_MAX];
	int namelen, count;

	*tag = grant_get(ga, a->fsize, r, v, a->prep.aux, &count);
	if (count == 1) {
		if (!ga->findings)
			return;
		g = &ga->first[*tag];
		g->line = r->lineno;
		g->file = a->file;
		g->granted = granted;
		g->household = fs_unescape_dup(&ga->arena,
		    v[FS_BEN_HOUSEHOLD_ID].p, v[FS_BEN_HOUSEHOLD_ID].n);
		g->village = fs_unescape_dup(&ga->arena,
		    v[FS_BEN_VILLAGE_ID].p, v[FS_BEN_VILLAGE_ID].n);
		return;
	}
	/* The table's findings are only counted: no detail is made. */
	if (tallied(a, FS_SEV_VIOLATION)) {
		if (count == 2)
			(void)tallied(a, FS_SEV_VIOLATION);
		return;
	}
	g = &ga->first[*tag];
	namelen = (int)fs_unescape(prog->p, prog->n < sizeof(name) ? prog->n :
	    sizeof(name), name);
	fs_buf_reset(&a->first);
	fs_buf_printf(&a->first, "%s:%lu", a->run->files[g->file],
	    (unsigned long)g->line);
	/*
	 * Each row names another of the group, with its date: the file's
	 * order is not the grants' ("earlier" named a later grant).
	 */
	if (count == 2) {
		fs_buf_reset(&a->detail);
		fs_date_fmt(granted, day);
		fs_buf_printf(&a->detail, "program %.*s granted to the same "
		    "id_number more than once in %04d: also at %s:%ld, "
		    "granted %s", namelen, name, (int)year, r->name,
		    r->lineno, day);
		benefit_finding(a, BEN_DUPLICATE_BENEFIT, g->household,
		    g->village, g->granted, a->first.p);
	}
	fs_buf_reset(&a->detail);
	fs_date_fmt(g->granted, day);
	fs_buf_printf(&a->detail, "program %.*s granted to the same id_number "
	    "more than once in %04d: also at %s, granted %s", namelen, name,
	    (int)year, a->first.p, day);
	row_finding(a, r, v, BEN_DUPLICATE_BENEFIT);
}

static int
benefit_row(struct audit *a, const struct fs_tsv *r, const struct fs_value *v)
{
	const struct cadre *c;
	unsigned bits = 0;
	uint32_t tag = 0;

	c = a->cadres.n > 0 ? fs_table_find_hash(&a->cadres,
	    (const char *)&a->prep.aux[AUX_ID], sizeof(uint64_t),
	    a->prep.aux[AUX_CADRE]) : NULL;
	bits |= rule_notice_short(a, r, v);
	bits |= rule_granted_before_notice_end(a, r, v);
	bits |= rule_relative_not_filed(a, r, v, c);
	bits |= rule_relative_undeclared(a, r, v, c);
	rule_duplicate_benefit(a, r, v, &tag);
	if (!a->run->findings)
		spool_put(a, tag, bits, r);
	return 0;
}

static int
benefits(struct audit *a, char **files, int nfiles)
{
	size_t i;
	int rc;

	fs_table_init(&a->cadres, sizeof(struct cadre));
	fs_table_init(&a->grants.progs, sizeof(uint32_t));
	a->grants.findings = a->run->findings;
	grants_grow(&a->grants, 1024);
	if (!a->run->findings)
		spool_open(a);
	a->spooled = !a->run->findings;
	a->prep.prep = prep_benefit;
	a->prep.ahead = ahead_benefit;
	a->prep.naux = NAUX;
	if ((rc = read_inputs(a, &fs_fmt_benefits, files, nfiles, cadres_load,
	    benefit_row)) != 0)
		return rc;
	if (a->run->findings)
		return 0;
	a->tags.bits = fs_xcalloc(a->grants.n + 1, 1);
	a->tags.n = a->grants.n;
	for (i = 0; i < a->grants.n; i++)
		a->tags.bits[i] = a->grants.count[i] > 1 ?
		    1u << BEN_DUPLICATE_BENEFIT : 0;
	atomic_store_explicit(&a->tags.done, a->tags.n, memory_order_relaxed);
	return replay(a, &a->tags, ben_rule, BEN_NRULES);
}

static void
audit_free(struct audit *a)
{
	size_t i;

	table_free(&a->tab);
	fs_spool_close(&a->spool);
	for (i = 0; i < a->nin; i++)
		if (a->in[i].fd >= 0)
			close(a->in[i].fd);
	free(a->in);
	free(a->places);
	free(a->tags.bits);
	rules_free(&a->kw);
	if (a->roster_file != NULL)
		fs_roster_free(&a->roster);
	fs_table_free(&a->dec);
	fs_table_free(&a->cadres);
	free(a->kwp);
	free(a->grants.slot);
	free(a->grants.key);
	free(a->grants.count);
	free(a->grants.first);
	fs_table_free(&a->grants.progs);
	fs_arena_free(&a->grants.arena);
	fs_buf_free(&a->line);
	fs_buf_free(&a->probs);
	fs_buf_free(&a->detail);
	fs_buf_free(&a->src);
	fs_buf_free(&a->scratch);
	fs_buf_free(&a->first);
	free(a->text);
	free(a->textoff);
	free(a->maybe);
}

/* Takes options up to the next operand; nonzero when the run ends. */
static int
options(struct audit *a, int argc, char *argv[])
{
	int ch;

	while ((ch = getopt_long(argc, argv, ":hj:", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_RULES:
			a->rules_arg = optarg;
			break;
		case OPT_ROSTER:
			a->roster_file = optarg;
			break;
		case OPT_CADRES:
			a->cadres_file = optarg;
			break;
		default:
			if (fs_run_option(a->run, ch, argv))
				return 1;
		}
	}
	return 0;
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct audit a;
	const char *cmd;
	int ended, status;

	memset(&a, 0, sizeof(a));
	a.run = &run;
	fs_run_init(&run, "fs-audit", usage);
	if (options(&a, argc, argv) != 0)
		return fs_run_finish(&run, run.exit);
	if (optind == argc)
		return fs_run_finish(&run, fs_run_usage_error(&run,
		    "a subcommand is needed: conduct, decisions or benefits"));
	/*
	 * Options after the subcommand: getopt has taken them already,
	 * unless POSIXLY_CORRECT stopped it at the subcommand.  They are
	 * read from there, the subcommand in argv[0]'s place (optind 0
	 * starts getopt afresh), unless a "--" before it ended the options.
	 */
	ended = strcmp(argv[optind - 1], "--") == 0;
	argv += optind;
	argc -= optind;
	cmd = argv[0];
	optind = 1;
	if (!ended) {
		optind = 0;
		if (options(&a, argc, argv) != 0)
			return fs_run_finish(&run, run.exit);
	}
	if (strcmp(cmd, "conduct") != 0 && strcmp(cmd, "decisions") != 0 &&
	    strcmp(cmd, "benefits") != 0)
		return fs_run_finish(&run, fs_run_usage_error(&run,
		    "unknown subcommand '%s'", cmd));
	if (strcmp(cmd, "conduct") != 0 &&
	    (a.rules_arg != NULL || a.roster_file != NULL))
		return fs_run_finish(&run, fs_run_usage_error(&run,
		    "--%s goes with conduct", a.rules_arg ? "rules" :
		    "roster"));
	if (strcmp(cmd, "benefits") != 0 && a.cadres_file != NULL)
		return fs_run_finish(&run, fs_run_usage_error(&run,
		    "--cadres goes with benefits"));
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	if (strcmp(cmd, "conduct") == 0)
		status = conduct(&a, argv + optind, argc - optind);
	else if (strcmp(cmd, "decisions") == 0)
		status = decisions(&a, argv + optind, argc - optind);
	else
		status = benefits(&a, argv + optind, argc - optind);
	status = fs_run_finish(&run, status);
	audit_free(&a);
	return status;
}
