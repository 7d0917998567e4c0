/*
 * fs-roster - who serves where (SPEC 3.1): one row per posting with its
 * status and term length, and the rules on terms, mentors, double
 * postings, villages with two secretaries, medical examinations and
 * accident insurance.
 *
 * A roster is small, so its rows are kept: each line is copied once into
 * an arena, and the table is written after every row has been read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/run.h"

static const char usage[] =
"usage: fs-roster [options] [FILE...]\n"
"Check the roster of first secretaries: one row per posting with status\n"
"(not_started, active, ended), term_months and problems, sorted by\n"
"secretary_id and term_start.  Rules: roster.term-length,\n"
"roster.no-mentor, roster.double-posting, roster.village-overlap,\n"
"roster.medical-exam, roster.uninsured (see fs-roster(1)).\n"
FS_COMMON_USAGE;

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

enum status { ST_NOT_STARTED, ST_ACTIVE, ST_ENDED };
static const char *const status_name[] = {
	"not_started", "active", "ended"
};

/* The rules, in the order the problems column lists them. */
enum rule {
	R_TERM_LENGTH, R_NO_MENTOR, R_DOUBLE_POSTING, R_VILLAGE_OVERLAP,
	R_MEDICAL_EXAM, R_UNINSURED, NRULES
};
static const char *const rule_name[NRULES] = {
	"roster.term-length", "roster.no-mentor", "roster.double-posting",
	"roster.village-overlap", "roster.medical-exam", "roster.uninsured"
};

/* The columns the table adds; input columns of these names are replaced. */
static const char *const added_cols[] = {
	"status", "term_months", "problems", NULL
};

/* One posting, its line copied into the arena. */
struct posting {
	struct fs_slice *f;		/* the fields as read */
	size_t nf;
	int file;
	long line;
	struct fs_slice sid, vid, name;
	uint64_t sec;			/* the secretary's ordinal */
	fs_date start, term_end, end;	/* end: the end of the service */
	int has_mentor, has_exam, has_insurance;
	fs_date exam, insurance;
	enum status status;
	int months;
	unsigned problems;		/* 1 << enum rule */
};

/* One input file: its header columns mapped to the table's. */
struct infile {
	const char *name;
	int *to_out;			/* header column -> table column, or -1 */
	size_t ncols;
};

struct roster {
	struct fs_arena arena;
	struct posting *p;
	size_t n, cap;
	struct infile *files;
	size_t nfiles;
	struct fs_slice *cols;		/* the table's input columns */
	size_t ncols, capcols;
	struct fs_table colat;		/* a column's name: its index */
};

/*
 * A pair of secretaries in one village, while its overlaps are gathered:
 * the record of a table whose key is the village's group (its first
 * posting's place in the postings sorted by village) and the two
 * secretaries' ordinals, the lower first.
 */
struct pair {
	const struct posting *a, *b;	/* b starts later (or is later) */
	fs_date first;			/* the first common day */
};

static int
is_added(const char *p, size_t n)
{
	int i;

	for (i = 0; added_cols[i] != NULL; i++)
		if (fs_slice_eq(p, n, added_cols[i]))
			return 1;
	return 0;
}

/*
 * Maps a file's header onto the table's columns, adding new names; by
 * name in a hash table, so that a header of any width binds at once.
 */
static void
bind_header(struct roster *ro, const struct fs_tsv *r)
{
	struct infile *in;
	struct fs_entry *e;
	size_t i;
	int created;

	ro->files = fs_xreallocarray(ro->files, ro->nfiles + 1,
	    sizeof(*ro->files));
	in = &ro->files[ro->nfiles++];
	in->name = r->name;
	in->ncols = r->ncols;
	in->to_out = fs_arena_alloc(&ro->arena, r->ncols * sizeof(int));
	for (i = 0; i < r->ncols; i++) {
		in->to_out[i] = -1;
		if (is_added(r->col[i].p, r->col[i].n))
			continue;
		e = fs_table_intern(&ro->colat, r->col[i].p, r->col[i].n,
		    &created);
		if (created) {
			if (ro->ncols == ro->capcols) {
				ro->capcols = ro->capcols ? ro->capcols * 2 : 32;
				ro->cols = fs_xreallocarray(ro->cols,
				    ro->capcols, sizeof(*ro->cols));
			}
			*(size_t *)e->val = ro->ncols;
			ro->cols[ro->ncols].p = e->key;
			ro->cols[ro->ncols++].n = e->keylen;
		}
		in->to_out[i] = (int)*(size_t *)e->val;
	}
}

/* A field of the copied line at the same place as v in the reader's. */
static struct fs_slice
moved(const struct fs_tsv *r, const char *copy, const struct fs_value *v)
{
	struct fs_slice s = { copy, 0 };

	if (v->n > 0) {
		s.p = copy + (v->p - r->line);
		s.n = v->n;
	}
	return s;
}

/* Keeps one valid row: its line once in the arena, its values parsed. */
static void
keep_row(struct roster *ro, const struct fs_tsv *r, int file,
    const struct fs_value *v)
{
	struct posting *p;
	char *copy;
	size_t i;

	if (ro->n == ro->cap) {
		ro->cap = ro->cap ? ro->cap * 2 : 64;
		ro->p = fs_xreallocarray(ro->p, ro->cap, sizeof(*ro->p));
	}
	p = &ro->p[ro->n++];
	memset(p, 0, sizeof(*p));
	copy = fs_arena_alloc(&ro->arena, r->linelen + 1);
	memcpy(copy, r->line, r->linelen);
	p->nf = r->nf;
	p->f = fs_arena_alloc(&ro->arena, r->nf * sizeof(*p->f));
	for (i = 0; i < r->nf; i++) {
		p->f[i].p = copy + (r->f[i].p - r->line);
		p->f[i].n = r->f[i].n;
	}
	p->file = file;
	p->line = r->lineno;
	p->sid = moved(r, copy, &v[FS_ROSTER_SECRETARY_ID]);
	p->vid = moved(r, copy, &v[FS_ROSTER_VILLAGE_ID]);
	p->name = moved(r, copy, &v[FS_ROSTER_NAME]);
	p->start = v[FS_ROSTER_TERM_START].v.date;
	p->term_end = p->end = v[FS_ROSTER_TERM_END].v.date;
	if (v[FS_ROSTER_LEFT].n > 0 && v[FS_ROSTER_LEFT].v.date < p->end)
		p->end = v[FS_ROSTER_LEFT].v.date;
	p->has_mentor = v[FS_ROSTER_MENTOR_ID].n > 0;
	if ((p->has_exam = v[FS_ROSTER_LAST_MEDICAL_EXAM].n > 0))
		p->exam = v[FS_ROSTER_LAST_MEDICAL_EXAM].v.date;
	if ((p->has_insurance = v[FS_ROSTER_INSURANCE_UNTIL].n > 0))
		p->insurance = v[FS_ROSTER_INSURANCE_UNTIL].v.date;
}

/* Reads one input; 0, or 2 when the run stops. */
static int
read_file(struct fs_run *run, struct roster *ro, const char *path)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	int rc;

	if (fs_run_open(run, &r, path, &fs_fmt_roster, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	bind_header(ro, &r);
	while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW)
		keep_row(ro, &r, (int)ro->nfiles - 1, v);
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

static int
by_secretary(const void *x, const void *y)
{
	const struct posting *a = x, *b = y;
	int c;

	if ((c = fs_slice_cmp(a->sid.p, a->sid.n, b->sid.p, b->sid.n)) != 0)
		return c;
	return (a->start > b->start) - (a->start < b->start);
}

static int
by_village(const void *x, const void *y)
{
	const struct posting *a = *(const struct posting *const *)x;
	const struct posting *b = *(const struct posting *const *)y;
	int c;

	if ((c = fs_slice_cmp(a->vid.p, a->vid.n, b->vid.p, b->vid.n)) != 0)
		return c;
	if (a->start != b->start)
		return (a->start > b->start) - (a->start < b->start);
	return fs_slice_cmp(a->sid.p, a->sid.n, b->sid.p, b->sid.n);
}

static int
same_secretary(const struct posting *a, const struct posting *b)
{
	return fs_slice_cmp(a->sid.p, a->sid.n, b->sid.p, b->sid.n) == 0;
}

static int
same_village(const struct posting *a, const struct posting *b)
{
	return fs_slice_cmp(a->vid.p, a->vid.n, b->vid.p, b->vid.n) == 0;
}

/* The first day two services share, or 0 with none. */
static int
overlap(const struct posting *a, const struct posting *b, fs_date *first)
{
	fs_date s = a->start > b->start ? a->start : b->start;
	fs_date e = a->end < b->end ? a->end : b->end;

	*first = s;
	return s <= e;
}

/* Copies with escapes decoded, for the findings. */
static const char *
dec(struct fs_run *run, struct fs_slice s)
{
	return fs_findings_strn(&run->fnd, s.p, s.n);
}

static const char *
source(struct fs_run *run, const struct roster *ro, const struct posting *p)
{
	return fs_findings_source(&run->fnd, ro->files[p->file].name, p->line);
}

/*
 * Adds a finding for a posting.  The strings of fs_finding() are copied,
 * so the dates can live on the stack.
 */
static void
finding(struct fs_run *run, const struct roster *ro, enum rule rule,
    int severity, const struct posting *p, const char *period,
    const char *detail)
{
	fs_finding(&run->fnd, rule_name[rule], severity, "secretary",
	    dec(run, p->sid), dec(run, p->vid), period, source(run, ro, p),
	    "%s", detail);
}

static void
rule_term_length(struct fs_run *run, const struct roster *ro,
    struct posting *p)
{
	struct fs_buf d = { 0 };
	char s[FS_FMT_MAX], e[FS_FMT_MAX];

	if (p->months >= run->policy.roster_min_term_months)
		return;
	p->problems |= 1u << R_TERM_LENGTH;
	fs_date_fmt(p->start, s);
	fs_date_fmt(p->term_end, e);
	fs_buf_printf(&d, "term %s to %s is %d month%s; at least %lld "
	    "expected", s, e, p->months, p->months == 1 ? "" : "s",
	    (long long)run->policy.roster_min_term_months);
	finding(run, ro, R_TERM_LENGTH, FS_SEV_WARNING, p, s, d.p);
	fs_buf_free(&d);
}

/*
 * The rules on an active posting's secretary: one finding per secretary
 * (the first posting at fault, by term_start); every posting at fault
 * carries the rule in its problems.  *said tells whether the secretary
 * has had the finding already.
 */
static void
rule_no_mentor(struct fs_run *run, const struct roster *ro,
    struct posting *p, int *said)
{
	if (p->status != ST_ACTIVE || p->has_mentor)
		return;
	p->problems |= 1u << R_NO_MENTOR;
	if (*said)
		return;
	*said = 1;
	fs_finding(&run->fnd, rule_name[R_NO_MENTOR], FS_SEV_VIOLATION,
	    "secretary", dec(run, p->sid), dec(run, p->vid), "",
	    source(run, ro, p), "serving in %s with no mentor_id "
	    "(township committee member assigned one-to-one)",
	    dec(run, p->vid));
}

static void
rule_medical_exam(struct fs_run *run, const struct roster *ro,
    struct posting *p, int *said)
{
	struct fs_buf d = { 0 };
	char e[FS_FMT_MAX], due[FS_FMT_MAX];
	fs_date by;
	int months = (int)run->policy.roster_medical_exam_months;

	if (p->status != ST_ACTIVE)
		return;
	if (p->has_exam) {
		by = fs_date_add_months(p->exam, months);
		if (run->as_of <= by)
			return;
		fs_date_fmt(p->exam, e);
		fs_date_fmt(by, due);
		fs_buf_printf(&d, "last medical examination %s; the next was "
		    "due by %s (every %d month%s)", e, due, months,
		    months == 1 ? "" : "s");
	} else
		fs_buf_printf(&d, "no medical examination on record "
		    "(last_medical_exam missing)");
	p->problems |= 1u << R_MEDICAL_EXAM;
	if (!*said) {
		*said = 1;
		finding(run, ro, R_MEDICAL_EXAM, FS_SEV_WARNING, p, "", d.p);
	}
	fs_buf_free(&d);
}

static void
rule_uninsured(struct fs_run *run, const struct roster *ro,
    struct posting *p, int *said)
{
	struct fs_buf d = { 0 };
	char u[FS_FMT_MAX];

	if (p->status != ST_ACTIVE)
		return;
	if (p->has_insurance) {
		if (p->insurance >= run->as_of)
			return;
		fs_date_fmt(p->insurance, u);
		fs_buf_printf(&d, "accident insurance ended %s", u);
	} else
		fs_buf_printf(&d, "no accident insurance on record "
		    "(insurance_until missing)");
	p->problems |= 1u << R_UNINSURED;
	if (!*said) {
		*said = 1;
		finding(run, ro, R_UNINSURED, FS_SEV_VIOLATION, p, "", d.p);
	}
	fs_buf_free(&d);
}

/* Postings a and b (b starting later) of one secretary, both served. */
static void
rule_double_posting(struct fs_run *run, const struct roster *ro,
    struct posting *a, struct posting *b)
{
	char first[FS_FMT_MAX], as[FS_FMT_MAX], ae[FS_FMT_MAX];
	char bs[FS_FMT_MAX], be[FS_FMT_MAX];
	fs_date t;

	if (same_village(a, b) || !overlap(a, b, &t))
		return;
	a->problems |= 1u << R_DOUBLE_POSTING;
	b->problems |= 1u << R_DOUBLE_POSTING;
	/* A finding a pair: the table counts them, keeping none. */
	if (!run->findings) {
		fs_findings_tally(&run->fnd, FS_SEV_VIOLATION);
		return;
	}
	fs_date_fmt(t, first);
	fs_date_fmt(a->start, as);
	fs_date_fmt(a->end, ae);
	fs_date_fmt(b->start, bs);
	fs_date_fmt(b->end, be);
	fs_finding(&run->fnd, rule_name[R_DOUBLE_POSTING], FS_SEV_VIOLATION,
	    "secretary", dec(run, b->sid), dec(run, b->vid), first,
	    source(run, ro, b), "posted to %s (%s to %s) and to %s (%s to %s) "
	    "at once from %s", dec(run, a->vid), as, ae, dec(run, b->vid),
	    bs, be, first);
}

/*
 * Services of two secretaries in one village that share a day: one
 * finding per pair of secretaries, dated the first day any of their
 * postings there share, sourced at the later posting of that first
 * overlap.
 */
static void
rule_village_overlap(struct fs_run *run, const struct roster *ro,
    const struct pair *pr)
{
	const struct posting *a = pr->a, *b = pr->b;
	char first[FS_FMT_MAX], as[FS_FMT_MAX], ae[FS_FMT_MAX];
	char bs[FS_FMT_MAX], be[FS_FMT_MAX];

	if (!run->findings) {
		fs_findings_tally(&run->fnd, FS_SEV_VIOLATION);
		return;
	}
	fs_date_fmt(pr->first, first);
	fs_date_fmt(a->start, as);
	fs_date_fmt(a->end, ae);
	fs_date_fmt(b->start, bs);
	fs_date_fmt(b->end, be);
	fs_finding(&run->fnd, rule_name[R_VILLAGE_OVERLAP], FS_SEV_VIOLATION,
	    "village", dec(run, b->vid), dec(run, b->vid), first,
	    source(run, ro, b), "%s %s (%s to %s) and %s %s (%s to %s) both "
	    "serve %s from %s", dec(run, a->sid), dec(run, a->name), as, ae,
	    dec(run, b->sid), dec(run, b->name), bs, be, dec(run, b->vid),
	    first);
}

/*
 * The pairs of one village's postings (sorted by start), then findings;
 * the village's group is g.  A pair of secretaries is found in the table
 * prs; it keeps the overlap found first in this loop's order among those
 * of the earliest first common day.  No posting that starts after a
 * posting's end overlaps it, nor does any that starts later still.
 */
static void
village_pairs(struct fs_run *run, const struct roster *ro,
    struct posting **v, size_t n, uint64_t g, struct fs_table *prs)
{
	struct posting *a, *b;
	struct pair *pr;
	uint64_t key[3];
	size_t i, j, k, k0 = prs->n;
	fs_date t;
	int created;

	key[0] = g;
	for (i = 0; i < n; i++) {
		a = v[i];
		for (j = i + 1; j < n && v[j]->start <= a->end; j++) {
			b = v[j];
			if (a->sec == b->sec || !overlap(a, b, &t))
				continue;
			a->problems |= 1u << R_VILLAGE_OVERLAP;
			b->problems |= 1u << R_VILLAGE_OVERLAP;
			key[1] = a->sec < b->sec ? a->sec : b->sec;
			key[2] = a->sec < b->sec ? b->sec : a->sec;
			pr = fs_table_get(prs, (const char *)key, sizeof(key),
			    &created);
			if (created || t < pr->first) {
				pr->a = a;
				pr->b = b;
				pr->first = t;
			}
		}
	}
	for (k = k0; k < prs->n; k++)
		rule_village_overlap(run, ro, prs->order[k]->val);
}

/*
 * The latest last_medical_exam and insurance_until among a secretary's
 * postings (group p[0 .. n)) stand for the secretary: an examination or
 * an insurance is the person's, whichever row it was written on.
 */
static void
secretary_dates(struct posting *p, size_t n)
{
	size_t i;
	int exam = 0, ins = 0;
	fs_date e = 0, u = 0;

	for (i = 0; i < n; i++) {
		if (p[i].has_exam && (!exam || p[i].exam > e)) {
			exam = 1;
			e = p[i].exam;
		}
		if (p[i].has_insurance && (!ins || p[i].insurance > u)) {
			ins = 1;
			u = p[i].insurance;
		}
	}
	for (i = 0; i < n; i++) {
		p[i].has_exam = exam;
		p[i].exam = e;
		p[i].has_insurance = ins;
		p[i].insurance = u;
	}
}

static void
judge(struct fs_run *run, struct roster *ro)
{
	struct posting *p, **byv, **live = NULL;
	struct fs_table prs;
	size_t i, j, k, g, nlive = 0;
	uint64_t sec = 0;
	int said_mentor = 0, said_exam = 0, said_ins = 0;

	if (ro->n > 0)
		live = fs_xreallocarray(NULL, ro->n, sizeof(*live));
	for (i = 0; i < ro->n; i++) {
		p = &ro->p[i];
		if (i == 0 || !same_secretary(p, &ro->p[i - 1])) {
			said_mentor = said_exam = said_ins = 0;
			nlive = 0;
			sec++;
			for (g = i + 1; g < ro->n &&
			    same_secretary(p, &ro->p[g]); g++)
				continue;
			secretary_dates(p, g - i);
		}
		if (run->as_of < p->start)
			p->status = ST_NOT_STARTED;
		else if (run->as_of <= p->end)
			p->status = ST_ACTIVE;
		else
			p->status = ST_ENDED;
		p->months = fs_months_between(p->start, p->term_end + 1);
		p->sec = sec;
		rule_term_length(run, ro, p);
		rule_no_mentor(run, ro, p, &said_mentor);
		rule_medical_exam(run, ro, p, &said_exam);
		rule_uninsured(run, ro, p, &said_ins);
		/*
		 * The secretary's earlier postings still served on p's start
		 * (live): the only ones p can overlap, as every later posting
		 * starts no earlier.  One that ended before it is dropped for
		 * good: 40,000 postings one after another were each compared
		 * with all before them.
		 */
		for (j = k = 0; j < nlive; j++)
			if (live[j]->end >= p->start) {
				live[k++] = live[j];
				rule_double_posting(run, ro, live[j], p);
			}
		nlive = k;
		live[nlive++] = p;
	}
	free(live);
	byv = fs_xreallocarray(NULL, ro->n ? ro->n : 1, sizeof(*byv));
	for (i = 0; i < ro->n; i++)
		byv[i] = &ro->p[i];
	qsort(byv, ro->n, sizeof(*byv), by_village);
	fs_table_init(&prs, sizeof(struct pair));
	for (i = 0; i < ro->n; i = g) {
		for (g = i + 1; g < ro->n && same_village(byv[i], byv[g]); g++)
			continue;
		village_pairs(run, ro, byv + i, g - i, i, &prs);
	}
	fs_table_free(&prs);
	free(byv);
}

static void
write_table(struct fs_run *run, const struct roster *ro)
{
	struct fs_out *o = &run->out;
	const struct posting *p;
	const struct infile *in;
	size_t i, k, c;
	int *from, r, sep;

	from = fs_xreallocarray(NULL, ro->ncols ? ro->ncols : 1, sizeof(int));
	for (c = 0; c < ro->ncols; c++) {
		fs_out_write(o, ro->cols[c].p, ro->cols[c].n);
		fs_out_char(o, '\t');
	}
	fs_out_str(o, "status\tterm_months\tproblems\n");
	for (i = 0; i < ro->n; i++) {
		p = &ro->p[i];
		in = &ro->files[p->file];
		for (c = 0; c < ro->ncols; c++)
			from[c] = -1;
		for (k = 0; k < in->ncols; k++)
			if (in->to_out[k] >= 0)
				from[in->to_out[k]] = (int)k;
		for (c = 0; c < ro->ncols; c++) {
			if (from[c] >= 0)
				fs_out_write(o, p->f[from[c]].p,
				    p->f[from[c]].n);
			fs_out_char(o, '\t');
		}
		fs_out_str(o, status_name[p->status]);
		fs_out_char(o, '\t');
		fs_out_int(o, p->months);
		fs_out_char(o, '\t');
		for (r = 0, sep = 0; r < NRULES; r++)
			if (p->problems & (1u << r)) {
				if (sep++)
					fs_out_char(o, ',');
				fs_out_str(o, rule_name[r]);
			}
		fs_out_char(o, '\n');
	}
	free(from);
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct roster ro;
	int ch, i, status = 0;

	fs_run_init(&run, "fs-roster", usage);
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1)
		if (fs_run_option(&run, ch, argv))
			return fs_run_finish(&run, run.exit);
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	memset(&ro, 0, sizeof(ro));
	fs_table_init(&ro.colat, sizeof(size_t));
	if (optind == argc)
		status = read_file(&run, &ro, "-");
	for (i = optind; i < argc && status == 0; i++)
		status = read_file(&run, &ro, argv[i]);
	if (status == 0) {
		if (ro.n > 1)
			qsort(ro.p, ro.n, sizeof(*ro.p), by_secretary);
		judge(&run, &ro);
		if (!run.findings)
			write_table(&run, &ro);
	}
	status = fs_run_finish(&run, status);
	free(ro.p);
	free(ro.files);
	free(ro.cols);
	fs_table_free(&ro.colat);
	fs_arena_free(&ro.arena);
	return status;
}
