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
	struct fs_buf detail;		/* a finding's */
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

/*
 * The findings.  Without --findings a rule's finding is only counted
 * (wanted() 0), its detail not made: the table keeps none of them.
 * With it, a detail is put together in ro->detail piece by piece, and
 * the finding's strings are made once, in the stream's arena.
 */
static int
wanted(struct fs_run *run, int severity)
{
	if (run->findings)
		return 1;
	fs_findings_tally(&run->fnd, severity);
	return 0;
}

static void
d_str(struct fs_buf *d, const char *s)
{
	fs_buf_add(d, s, strlen(s));
}

static void
d_date(struct fs_buf *d, fs_date t)
{
	char b[FS_FMT_MAX];

	fs_buf_add(d, b, fs_date_fmt(t, b));
}

static void
d_int(struct fs_buf *d, int64_t v)
{
	char b[FS_FMT_MAX];

	fs_buf_add(d, b, fs_int_fmt(v, b));
}

/* "from to to": a service's dates. */
static void
d_span(struct fs_buf *d, fs_date from, fs_date to)
{
	d_date(d, from);
	d_str(d, " to ");
	d_date(d, to);
}

/* Copies with escapes decoded, for the findings. */
static const char *
dec(struct fs_run *run, const char *p, size_t n)
{
	return fs_findings_strn(&run->fnd, p, n);
}

static const char *
period(struct fs_run *run, fs_date t)
{
	char b[FS_FMT_MAX];

	return fs_arena_strndup(&run->fnd.arena, b, fs_date_fmt(t, b));
}

/* Adds a finding whose detail is ro->detail. */
static void
push(struct fs_run *run, const struct roster *ro, enum rule rule,
    int severity, const char *entity, const char *entity_id,
    const char *village_id, const char *per, const struct posting *p)
{
	struct fs_finding x;

	x.tool = NULL;
	x.rule = rule_name[rule];
	x.severity = severity;
	x.entity = entity;
	x.entity_id = entity_id;
	x.village_id = village_id;
	x.period = per;
	x.detail = fs_arena_strndup(&run->fnd.arena, ro->detail.p,
	    ro->detail.n);
	x.source = fs_findings_source(&run->fnd, ro->files[p->file].name,
	    p->line);
	fs_findings_push(&run->fnd, &x);
}

/* A finding about a posting's secretary. */
static void
secretary_finding(struct fs_run *run, const struct roster *ro,
    enum rule rule, int severity, const struct posting *p, const char *per)
{
	push(run, ro, rule, severity, "secretary", dec(run, p->sid.p, p->sid.n),
	    dec(run, p->vid.p, p->vid.n), per, p);
}

static void
rule_term_length(struct fs_run *run, struct roster *ro, struct posting *p)
{
	struct fs_buf *d = &ro->detail;

	if (p->months >= run->policy.roster_min_term_months)
		return;
	p->problems |= 1u << R_TERM_LENGTH;
	if (!wanted(run, FS_SEV_WARNING))
		return;
	fs_buf_reset(d);
	d_str(d, "term ");
	d_span(d, p->start, p->term_end);
	d_str(d, " is ");
	d_int(d, p->months);
	d_str(d, p->months == 1 ? " month" : " months");
	d_str(d, "; at least ");
	d_int(d, run->policy.roster_min_term_months);
	d_str(d, " expected");
	secretary_finding(run, ro, R_TERM_LENGTH, FS_SEV_WARNING, p,
	    period(run, p->start));
}

/*
 * The rules on an active posting's secretary: one finding per secretary
 * (the first posting at fault, by term_start); every posting at fault
 * carries the rule in its problems.  *said tells whether the secretary
 * has had the finding already.
 */
static void
rule_no_mentor(struct fs_run *run, struct roster *ro, struct posting *p,
    int *said)
{
	struct fs_buf *d = &ro->detail;

	if (p->status != ST_ACTIVE || p->has_mentor)
		return;
	p->problems |= 1u << R_NO_MENTOR;
	if (*said)
		return;
	*said = 1;
	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	fs_buf_reset(d);
	d_str(d, "serving in ");
	d_str(d, dec(run, p->vid.p, p->vid.n));
	d_str(d, " with no mentor_id (township committee member assigned "
	    "one-to-one)");
	secretary_finding(run, ro, R_NO_MENTOR, FS_SEV_VIOLATION, p, "");
}

static void
rule_medical_exam(struct fs_run *run, struct roster *ro, struct posting *p,
    int *said)
{
	struct fs_buf *d = &ro->detail;
	int months = (int)run->policy.roster_medical_exam_months;
	fs_date by = 0;

	if (p->status != ST_ACTIVE)
		return;
	if (p->has_exam) {
		by = fs_date_add_months(p->exam, months);
		if (run->as_of <= by)
			return;
	}
	p->problems |= 1u << R_MEDICAL_EXAM;
	if (*said)
		return;
	*said = 1;
	if (!wanted(run, FS_SEV_WARNING))
		return;
	fs_buf_reset(d);
	if (p->has_exam) {
		d_str(d, "last medical examination ");
		d_date(d, p->exam);
		d_str(d, "; the next was due by ");
		d_date(d, by);
		d_str(d, " (every ");
		d_int(d, months);
		d_str(d, months == 1 ? " month)" : " months)");
	} else
		d_str(d, "no medical examination on record "
		    "(last_medical_exam missing)");
	secretary_finding(run, ro, R_MEDICAL_EXAM, FS_SEV_WARNING, p, "");
}

static void
rule_uninsured(struct fs_run *run, struct roster *ro, struct posting *p,
    int *said)
{
	struct fs_buf *d = &ro->detail;

	if (p->status != ST_ACTIVE)
		return;
	if (p->has_insurance && p->insurance >= run->as_of)
		return;
	p->problems |= 1u << R_UNINSURED;
	if (*said)
		return;
	*said = 1;
	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	fs_buf_reset(d);
	if (p->has_insurance) {
		d_str(d, "accident insurance ended ");
		d_date(d, p->insurance);
	} else
		d_str(d, "no accident insurance on record "
		    "(insurance_until missing)");
	secretary_finding(run, ro, R_UNINSURED, FS_SEV_VIOLATION, p, "");
}

/* Postings a and b (b starting later) of one secretary, both served. */
static void
rule_double_posting(struct fs_run *run, struct roster *ro,
    struct posting *a, struct posting *b)
{
	struct fs_buf *d = &ro->detail;
	fs_date t;

	if (same_village(a, b) || !overlap(a, b, &t))
		return;
	a->problems |= 1u << R_DOUBLE_POSTING;
	b->problems |= 1u << R_DOUBLE_POSTING;
	/* A finding a pair: the table counts them, keeping none. */
	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	fs_buf_reset(d);
	d_str(d, "posted to ");
	d_str(d, dec(run, a->vid.p, a->vid.n));
	d_str(d, " (");
	d_span(d, a->start, a->end);
	d_str(d, ") and to ");
	d_str(d, dec(run, b->vid.p, b->vid.n));
	d_str(d, " (");
	d_span(d, b->start, b->end);
	d_str(d, ") at once from ");
	d_date(d, t);
	secretary_finding(run, ro, R_DOUBLE_POSTING, FS_SEV_VIOLATION, b,
	    period(run, t));
}

/*
 * Services of two secretaries in one village that share a day: one
 * finding per pair of secretaries, dated the first day any of their
 * postings there share, sourced at the later posting of that first
 * overlap.
 */
static void
rule_village_overlap(struct fs_run *run, struct roster *ro,
    const struct pair *pr)
{
	const struct posting *a = pr->a, *b = pr->b;
	struct fs_buf *d = &ro->detail;
	const char *vid;

	if (!wanted(run, FS_SEV_VIOLATION))
		return;
	vid = dec(run, b->vid.p, b->vid.n);
	fs_buf_reset(d);
	d_str(d, dec(run, a->sid.p, a->sid.n));
	d_str(d, " ");
	d_str(d, dec(run, a->name.p, a->name.n));
	d_str(d, " (");
	d_span(d, a->start, a->end);
	d_str(d, ") and ");
	d_str(d, dec(run, b->sid.p, b->sid.n));
	d_str(d, " ");
	d_str(d, dec(run, b->name.p, b->name.n));
	d_str(d, " (");
	d_span(d, b->start, b->end);
	d_str(d, ") both serve ");
	d_str(d, vid);
	d_str(d, " from ");
	d_date(d, pr->first);
	push(run, ro, R_VILLAGE_OVERLAP, FS_SEV_VIOLATION, "village", vid,
	    vid, period(run, pr->first), b);
}

/*
 * The pairs of one village's postings (sorted by start), then findings;
 * the village's group is g.  A pair of secretaries is found in the table
 * prs; it keeps the overlap found first in this loop's order among those
 * of the earliest first common day.  No posting that starts after a
 * posting's end overlaps it, nor does any that starts later still.
 */
static void
village_pairs(struct fs_run *run, struct roster *ro, struct posting **v,
    size_t n, uint64_t g, struct fs_table *prs)
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
	fs_buf_free(&ro.detail);
	fs_table_free(&ro.colat);
	fs_arena_free(&ro.arena);
	return status;
}
