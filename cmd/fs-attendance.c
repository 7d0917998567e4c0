/*
 * fs-attendance - the 2/3 rule (SPEC 3.2): working days in the village,
 * per secretary and year.
 *
 * Reading keeps nothing per row: fs_run_next() files each record into the
 * day map of the attendance format (one byte per secretary and day), and
 * the only other per-row work is the comparison with the as-of date that
 * finds pre-filled records (with --findings, each is a finding, kept to
 * be sorted; the table only counts them).  Everything else is computed
 * at the end, per secretary, from the day map, the window of the roster
 * and the calendar.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/roster.h"
#include "../common/run.h"

static const char usage[] =
"usage: fs-attendance [--roster FILE] [--year YYYY] [--calendar FILE|none]\n"
"                     [options] [FILE...]\n"
"Check the 2/3 rule: per secretary and year, working days in the window,\n"
"days elapsed, in the village, required, on leave, at the sending unit,\n"
"absent, unrecorded, the longest absence, and a status (ok, at_risk,\n"
"violation), sorted by secretary_id.  Rules: attendance.min-ratio,\n"
"attendance.long-absence, attendance.sending-unit-work,\n"
"attendance.unrecorded, attendance.unknown-secretary,\n"
"attendance.future-record, attendance.min-days, attendance.month-short,\n"
"attendance.leave-excess (see fs-attendance(1)).\n"
"  --roster FILE      terms of service: windows and unknown secretaries\n"
"  --year YYYY        the year judged (default: the as-of year)\n"
"  --calendar FILE    working-day calendar; none: Monday to Friday\n"
FS_JOBS_USAGE
FS_COMMON_USAGE;

enum { OPT_ROSTER = FS_OPT_TOOL };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	FS_CALENDAR_OPTION,
	{ "roster", required_argument, NULL, OPT_ROSTER },
	FS_YEAR_OPTION,
	FS_JOBS_OPTION,
	{ NULL, 0, NULL, 0 }
};

enum { MONTHS = 12, DAYS_MAX = 366 };

/* Ratios are written with 4 decimals (SPEC 1.4). */
enum { RATIO_DECIMALS = 4 };

enum status { ST_OK, ST_AT_RISK, ST_VIOLATION };
static const char *const status_name[] = { "ok", "at_risk", "violation" };

/* A record dated after the as-of date, its village filled in later. */
struct future {
	size_t finding;			/* index in run->fnd */
	const char *sid;		/* the id as read */
	size_t sidn;
	fs_date date;
};

/* The year judged: its days, and which of them are working days. */
struct year {
	int year;
	fs_date y0;			/* its first day */
	int ndays;
	int month[DAYS_MAX];		/* month of each day, 0-based */
	uint8_t work[DAYS_MAX];
	int64_t working;		/* working days in the whole year */
	int ready;			/* work[] asked of the calendar */
};

/* A secretary listed in the table. */
struct listed {
	const char *sid;		/* as read */
	size_t sidn;
	const struct fs_rostered *s;	/* NULL: no roster, or not on it */
	int unknown;			/* a roster is given and lacks them */
	int ahead;			/* their records: after the as-of date */
};

/* The figures of one secretary and the year (SPEC 3.2). */
struct figures {
	int64_t working, elapsed, in_village, required, leave, sending,
	    absent, unrecorded, longest;
	fs_date longest_from, longest_to;
	fs_date first, last;		/* the window */
	int complete;			/* as-of on or after its last day */
	enum status status;
	int64_t month_in[MONTHS];	/* in-village days per month */
	int64_t month_work[MONTHS];	/* working days per month */
	int month_whole[MONTHS];	/* the month is wholly in the window */
};

/* A record after the as-of date met by a thread of fs_run_jobs(). */
struct late {
	const char *sid, *status;	/* as read, in the part's arena */
	size_t sidn, statusn;
	fs_date date;
	long line;			/* in the part */
};

/*
 * What one part of a file read by threads keeps: its records after the
 * as-of date, or for the table (which only counts them) whether it has
 * one.
 */
struct part {
	struct late *v;
	size_t n, cap;
	struct fs_arena arena;
	int late;
};

struct attendance {
	struct fs_run *run;
	struct fs_keycheck *kc;
	struct fs_roster ro;
	int have_roster;
	struct year y;
	struct future *fut;
	size_t nfut, futcap;
	struct fs_table futseen;	/* "id TAB date" of each of them */
	struct fs_buf key;
	struct part part[FS_MAX_PARTS];
	struct listed *l;
	size_t nl, lcap;
};

/*
 * attendance.future-record: one finding per record dated after the
 * as-of date, seen at file:line.  A repeated identical row is passed over
 * like any plain duplicate, so it gives no second finding (read by
 * threads, fs_run_jobs() can give a row repeated in two parts of a file).
 */
static void
rule_future_record(struct attendance *a, const char *file, long line,
    const char *sid, size_t sidn, fs_date date, const char *status,
    size_t statusn)
{
	struct fs_findings *f = &a->run->fnd;
	struct future *x;
	char d[FS_FMT_MAX], asof[FS_FMT_MAX];
	int created;

	/* The table only counts them (the exit status): nothing is kept. */
	if (!a->run->findings) {
		fs_findings_tally(f, FS_SEV_VIOLATION);
		return;
	}
	fs_date_fmt(date, d);
	fs_buf_reset(&a->key);
	fs_buf_add(&a->key, sid, sidn);
	fs_buf_add(&a->key, "\t", 1);
	fs_buf_adds(&a->key, d);
	fs_table_get(&a->futseen, a->key.p, a->key.n, &created);
	if (!created)
		return;
	fs_date_fmt(a->run->as_of, asof);
	fs_finding(f, "attendance.future-record", FS_SEV_VIOLATION,
	    "secretary", fs_findings_strn(f, sid, sidn), "", d,
	    fs_findings_source(f, file, line),
	    "record of %.*s dated %s, after the as-of date %s",
	    (int)statusn, status, d, asof);
	if (a->nfut == a->futcap) {
		a->futcap = a->futcap ? a->futcap * 2 : 64;
		a->fut = fs_xreallocarray(a->fut, a->futcap, sizeof(*a->fut));
	}
	x = &a->fut[a->nfut++];
	x->finding = f->n - 1;
	x->sid = fs_arena_strndup(&f->arena, sid, sidn);
	x->sidn = sidn;
	x->date = date;
}

/* For fs_run_jobs(): a part keeps its records after the as-of date. */
static int
part_row(void *arg, int part, const struct fs_tsv *r,
    const struct fs_value *v)
{
	struct attendance *a = arg;
	struct part *p = &a->part[part];
	const struct fs_value *id = &v[FS_ATT_SECRETARY_ID];
	const struct fs_value *st = &v[FS_ATT_STATUS];
	struct late *x;

	if (v[FS_ATT_DATE].v.date <= a->run->as_of)
		return 0;
	if (!a->run->findings) {
		p->late = 1;
		return 0;
	}
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 64;
		p->v = fs_xreallocarray(p->v, p->cap, sizeof(*p->v));
	}
	x = &p->v[p->n++];
	x->sid = fs_arena_strndup(&p->arena, id->p, id->n);
	x->sidn = id->n;
	x->status = fs_arena_strndup(&p->arena, st->p, st->n);
	x->statusn = st->n;
	x->date = v[FS_ATT_DATE].v.date;
	x->line = r->lineno;
	return 0;
}

/* The parts' records after the as-of date, judged in the file's order. */
static void
parts_judge(struct attendance *a, const char *file, const long *line_base,
    int judge)
{
	const struct late *x;
	struct part *p;
	int i;
	size_t k;

	for (i = 0; i < FS_MAX_PARTS; i++) {
		p = &a->part[i];
		if (judge && p->late)
			fs_findings_tally(&a->run->fnd, FS_SEV_VIOLATION);
		for (k = 0; judge && k < p->n; k++) {
			x = &p->v[k];
			rule_future_record(a, file, line_base[i] + x->line,
			    x->sid, x->sidn, x->date, x->status, x->statusn);
		}
		free(p->v);
		fs_arena_free(&p->arena);
		memset(p, 0, sizeof(*p));
	}
}

/* Reads one attendance input; 0, or 2 when the run stops. */
static int
read_file(struct attendance *a, const char *path)
{
	struct fs_run *run = a->run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	fs_date as_of = run->as_of;
	long line_base[FS_MAX_PARTS];
	int rc;

	if (fs_run_open(run, &r, path, &fs_fmt_attendance, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	if (fs_run_jobs(run, &r, &b, part_row, a, line_base)) {
		parts_judge(a, r.name, line_base, 1);
		rc = FS_TSV_EOF;
	} else {
		parts_judge(a, r.name, line_base, 0);
		while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW)
			if (v[FS_ATT_DATE].v.date > as_of)
				rule_future_record(a, r.name, r.lineno,
				    v[FS_ATT_SECRETARY_ID].p,
				    v[FS_ATT_SECRETARY_ID].n,
				    v[FS_ATT_DATE].v.date, v[FS_ATT_STATUS].p,
				    v[FS_ATT_STATUS].n);
	}
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

/* The roster is read after the records; their findings get a village. */
static void
future_villages(struct attendance *a)
{
	const struct fs_rostered *s;
	const char *vid;
	size_t i;

	if (!a->have_roster)
		return;
	for (i = 0; i < a->nfut; i++) {
		s = fs_roster_find(&a->ro, a->fut[i].sid, a->fut[i].sidn);
		if (s == NULL)
			continue;
		/* A roster row put aside: only a posting holding the day. */
		if (!fs_roster_rejected(&a->ro, a->fut[i].sid, a->fut[i].sidn))
			vid = fs_roster_village_on(s, a->fut[i].date);
		else if ((vid = fs_roster_village_holding(s,
		    a->fut[i].date)) == NULL)
			continue;
		a->run->fnd.v[a->fut[i].finding].village_id =
		    fs_findings_strn(&a->run->fnd, vid, strlen(vid));
	}
}

static void
year_init(struct year *y, int year)
{
	int d, yy, mm, dd;

	memset(y, 0, sizeof(*y));
	y->year = year;
	y->y0 = fs_date_make(year, 1, 1);
	y->ndays = fs_is_leap(year) ? 366 : 365;
	for (d = 0; d < y->ndays; d++) {
		fs_date_split(y->y0 + d, &yy, &mm, &dd);
		y->month[d] = mm - 1;
	}
}

/*
 * Asks the calendar about the year's days once, when a secretary is
 * first judged: a year it does not cover is said once on stderr.
 */
static void
year_workdays(struct year *y, struct fs_calendar *cal)
{
	int d;

	if (y->ready)
		return;
	y->ready = 1;
	for (d = 0; d < y->ndays; d++) {
		y->work[d] = (uint8_t)fs_calendar_workday(cal, y->y0 + d);
		y->working += y->work[d];
	}
}

static const struct fs_dayyear *
days_of(const struct attendance *a, const struct listed *l)
{
	const struct fs_dayyear *dy;

	for (dy = fs_keycheck_years(a->kc, l->sid, l->sidn); dy != NULL;
	    dy = dy->next)
		if (dy->year == a->y.year)
			return dy;
	return NULL;
}

/* Does the status count as in the village under the policy? */
static int
counts_in_village(const struct fs_policy *pol, int st)
{
	switch (st) {
	case FS_ST_IN_VILLAGE:
		return 1;
	case FS_ST_VILLAGE_BUSINESS:
		return pol->att_count_village_business;
	case FS_ST_TRAINING:
		return pol->att_count_training;
	default:
		return 0;
	}
}

/*
 * Counts the window's working days.  A run of absence (absent,
 * sending_unit, no record) is ended by any other elapsed working day and
 * by a working day outside the window between two postings; days off do
 * not end it.
 */
static void
count_days(const struct attendance *a, const struct fs_dayyear *dy,
    const uint8_t in[DAYS_MAX], struct figures *g)
{
	const struct year *y = &a->y;
	const struct fs_policy *pol = &a->run->policy;
	fs_date t, as_of = a->run->as_of, run_from = 0;
	int64_t run = 0;
	int d, m, st;

	for (m = 0; m < MONTHS; m++)
		g->month_whole[m] = 1;
	for (d = 0; d < y->ndays; d++) {
		m = y->month[d];
		if (!in[d])
			g->month_whole[m] = 0;
		if (!y->work[d])
			continue;
		g->month_work[m]++;
		if (!in[d]) {
			run = 0;
			continue;
		}
		g->working++;
		t = y->y0 + d;
		if (t > as_of)
			continue;
		g->elapsed++;
		st = dy != NULL ? fs_dayyear_get(dy, d) - 1 : -1;
		if (st < 0 || st == FS_ST_ABSENT || st == FS_ST_SENDING_UNIT) {
			if (st < 0)
				g->unrecorded++;
			else if (st == FS_ST_ABSENT)
				g->absent++;
			else
				g->sending++;
			if (run++ == 0)
				run_from = t;
			if (run > g->longest) {
				g->longest = run;
				g->longest_from = run_from;
				g->longest_to = t;
			}
			continue;
		}
		run = 0;
		if (st == FS_ST_LEAVE)
			g->leave++;
		else if (counts_in_village(pol, st)) {
			g->in_village++;
			g->month_in[m]++;
		}
	}
}

/* The three-way status of SPEC 3.2. */
static void
judge_status(const struct fs_policy *pol, struct figures *g)
{
	g->required = fs_ratio_ceil_mul(pol->att_min_ratio, g->working);
	if (g->complete) {
		g->status = g->in_village >= g->required ? ST_OK :
		    ST_VIOLATION;
		return;
	}
	if (g->in_village + (g->working - g->elapsed) < g->required)
		g->status = ST_VIOLATION;
	else if (g->in_village <
	    fs_ratio_ceil_mul(pol->att_min_ratio, g->elapsed))
		g->status = ST_AT_RISK;
	else
		g->status = ST_OK;
}

/* What every finding of one secretary shares. */
struct who {
	const char *id;			/* decoded */
	const char *village;
	char year[FS_FMT_MAX];
};

static void
rule_min_ratio(struct attendance *a, const struct who *w,
    const struct figures *g)
{
	const struct fs_policy *pol = &a->run->policy;
	char ratio[FS_FMT_MAX];

	if (g->status == ST_OK)
		return;
	fs_fixed_fmt(g->in_village, g->elapsed, RATIO_DECIMALS, ratio);
	if (g->complete)
		fs_finding(&a->run->fnd, "attendance.min-ratio",
		    FS_SEV_VIOLATION, "secretary", w->id, w->village, w->year,
		    "", "in village %lld of %lld working day%s (%s); "
		    "%lld required", (long long)g->in_village,
		    (long long)g->working, fs_plural(g->working), ratio,
		    (long long)g->required);
	else if (g->status == ST_VIOLATION)
		fs_finding(&a->run->fnd, "attendance.min-ratio",
		    FS_SEV_VIOLATION, "secretary", w->id, w->village, w->year,
		    "", "in village %lld of %lld working day%s so far (%s); "
		    "%lld required of %lld, at most %lld still possible",
		    (long long)g->in_village, (long long)g->elapsed,
		    fs_plural(g->elapsed), ratio,
		    (long long)g->required, (long long)g->working,
		    (long long)(g->in_village + g->working - g->elapsed));
	else
		fs_finding(&a->run->fnd, "attendance.min-ratio",
		    FS_SEV_WARNING, "secretary", w->id, w->village, w->year,
		    "", "in village %lld of %lld working day%s so far (%s); "
		    "%lld needed to keep pace, %lld required of %lld",
		    (long long)g->in_village, (long long)g->elapsed,
		    fs_plural(g->elapsed), ratio,
		    (long long)fs_ratio_ceil_mul(pol->att_min_ratio,
		    g->elapsed), (long long)g->required,
		    (long long)g->working);
}

/* attendance.recall_absence_days 0 turns the rule off. */
static void
rule_long_absence(struct attendance *a, const struct who *w,
    const struct figures *g)
{
	int64_t limit = a->run->policy.att_recall_absence_days;
	char from[FS_FMT_MAX], to[FS_FMT_MAX];

	if (limit == 0 || g->longest < limit)
		return;
	fs_date_fmt(g->longest_from, from);
	fs_date_fmt(g->longest_to, to);
	fs_finding(&a->run->fnd, "attendance.long-absence", FS_SEV_VIOLATION,
	    "secretary", w->id, w->village, w->year, "",
	    "away %lld consecutive working day%s (absent, at the sending "
	    "unit or unrecorded) from %s to %s; %lld call for recall",
	    (long long)g->longest, fs_plural(g->longest), from, to,
	    (long long)limit);
}

static void
rule_sending_unit_work(struct attendance *a, const struct who *w,
    const struct figures *g)
{
	if (g->sending == 0)
		return;
	fs_finding(&a->run->fnd, "attendance.sending-unit-work",
	    FS_SEV_VIOLATION, "secretary", w->id, w->village, w->year, "",
	    "%lld working day%s doing work for the sending unit",
	    (long long)g->sending, fs_plural(g->sending));
}

static void
rule_unrecorded(struct attendance *a, const struct who *w,
    const struct figures *g)
{
	if (g->unrecorded == 0)
		return;
	fs_finding(&a->run->fnd, "attendance.unrecorded", FS_SEV_WARNING,
	    "secretary", w->id, w->village, w->year, "",
	    "no record for %lld of %lld working day%s%s",
	    (long long)g->unrecorded, (long long)g->elapsed,
	    fs_plural(g->elapsed), g->complete ? "" : " so far");
}

/*
 * Judged on the whole year, like a secretary without a roster; or, with
 * records after the as-of date alone (ahead), not judged.
 */
static void
rule_unknown_secretary(struct attendance *a, const struct who *w,
    const struct fs_dayyear *dy, int ahead)
{
	int d, n = 0;

	for (d = 0; d < a->y.ndays; d++)
		n += fs_dayyear_get(dy, d) != 0;
	fs_finding(&a->run->fnd, "attendance.unknown-secretary",
	    FS_SEV_WARNING, "secretary", w->id, "", w->year, "",
	    "not on the roster: %d record%s in %04d, %s", n, n == 1 ? "" : "s",
	    a->y.year, ahead ? "all after the as-of date: not judged" :
	    "judged on the whole year");
}

/*
 * attendance.min_days, prorated to the window:
 * ceil(min_days x working_days / working days of the whole year).
 */
static void
rule_min_days(struct attendance *a, const struct who *w,
    const struct figures *g)
{
	int64_t min = a->run->policy.att_min_days, need;
	struct fs_ratio share;

	if (min == 0 || !g->complete || a->y.working == 0)
		return;
	share.num = min;
	share.den = a->y.working;
	need = fs_ratio_ceil_mul(share, g->working);
	if (g->in_village >= need)
		return;
	fs_finding(&a->run->fnd, "attendance.min-days", FS_SEV_VIOLATION,
	    "secretary", w->id, w->village, w->year, "",
	    "in village %lld day%s; %lld required (%lld a year, for %lld of "
	    "%lld working days)", (long long)g->in_village,
	    fs_plural(g->in_village), (long long)need, (long long)min,
	    (long long)g->working, (long long)a->y.working);
}

static void
rule_month_short(struct attendance *a, const struct who *w,
    const struct figures *g)
{
	int64_t min = a->run->policy.att_min_month_days, need;
	char month[FS_FMT_MAX];
	int m;

	if (min == 0)
		return;
	for (m = 0; m < MONTHS; m++) {
		if (!g->month_whole[m] || fs_date_make(a->y.year, m + 1,
		    fs_days_in_month(a->y.year, m + 1)) > a->run->as_of)
			continue;
		need = min < g->month_work[m] ? min : g->month_work[m];
		if (g->month_in[m] >= need)
			continue;
		fs_month_fmt(fs_date_make(a->y.year, m + 1, 1), month);
		fs_finding(&a->run->fnd, "attendance.month-short",
		    FS_SEV_VIOLATION, "secretary", w->id, w->village, month,
		    "", "in village %lld of %lld working day%s in %s; %lld "
		    "required", (long long)g->month_in[m],
		    (long long)g->month_work[m], fs_plural(g->month_work[m]),
		    month, (long long)need);
	}
}

/* attendance.max_leave_days 0 (the default) is off. */
static void
rule_leave_excess(struct attendance *a, const struct who *w,
    const struct figures *g)
{
	int64_t max = a->run->policy.att_max_leave_days;

	if (max == 0 || g->leave <= max)
		return;
	fs_finding(&a->run->fnd, "attendance.leave-excess", FS_SEV_VIOLATION,
	    "secretary", w->id, w->village, w->year, "",
	    "on leave %lld working day%s; at most %lld allowed",
	    (long long)g->leave, fs_plural(g->leave), (long long)max);
}

static void
write_row(struct fs_out *o, const struct listed *l, int year,
    const struct figures *g)
{
	char y[FS_FMT_MAX];

	fs_out_write(o, l->sid, l->sidn);
	fs_out_char(o, '\t');
	fs_out_write(o, y, fs_year_fmt(year, y));
	fs_out_char(o, '\t');
	fs_out_int(o, g->working);
	fs_out_char(o, '\t');
	fs_out_int(o, g->elapsed);
	fs_out_char(o, '\t');
	fs_out_int(o, g->in_village);
	fs_out_char(o, '\t');
	fs_out_int(o, g->required);
	fs_out_char(o, '\t');
	fs_out_fixed(o, g->in_village, g->elapsed, RATIO_DECIMALS);
	fs_out_char(o, '\t');
	fs_out_int(o, g->leave);
	fs_out_char(o, '\t');
	fs_out_int(o, g->sending);
	fs_out_char(o, '\t');
	fs_out_int(o, g->absent);
	fs_out_char(o, '\t');
	fs_out_int(o, g->unrecorded);
	fs_out_char(o, '\t');
	fs_out_int(o, g->longest);
	fs_out_char(o, '\t');
	fs_out_str(o, status_name[g->status]);
	fs_out_char(o, '\n');
}

/* One secretary: the window, the figures, the rules, the table row. */
static void
judge(struct attendance *a, const struct listed *l)
{
	struct fs_run *run = a->run;
	const struct fs_dayyear *dy = days_of(a, l);
	const char *vid;
	struct figures g;
	struct who w;
	uint8_t in[DAYS_MAX];

	memset(&g, 0, sizeof(g));
	memset(&w, 0, sizeof(w));
	w.id = fs_findings_strn(&run->fnd, l->sid, l->sidn);
	/* The roster's village_id as read, escapes and all: decoded. */
	vid = l->s != NULL ? fs_roster_village_in_year(l->s, a->y.year,
	    run->as_of) : "";
	w.village = fs_findings_strn(&run->fnd, vid, strlen(vid));
	fs_year_fmt(a->y.year, w.year);
	if (l->unknown)
		rule_unknown_secretary(a, &w, dy, l->ahead);
	/* Known from records after the as-of date alone: not judged. */
	if (l->ahead)
		return;
	if (l->s != NULL) {
		if (fs_roster_window(l->s, a->y.year, in, &g.first,
		    &g.last) == 0)
			return;
	} else
		fs_year_window(a->y.year, in, &g.first, &g.last);
	if (run->as_of < g.first)
		return;
	year_workdays(&a->y, &run->cal);
	count_days(a, dy, in, &g);
	g.complete = run->as_of >= g.last;
	judge_status(&run->policy, &g);
	rule_min_ratio(a, &w, &g);
	rule_long_absence(a, &w, &g);
	rule_sending_unit_work(a, &w, &g);
	rule_unrecorded(a, &w, &g);
	rule_min_days(a, &w, &g);
	rule_month_short(a, &w, &g);
	rule_leave_excess(a, &w, &g);
	if (!run->findings)
		write_row(&run->out, l, a->y.year, &g);
}

static void
list_add(struct attendance *a, const struct fs_entry *e,
    const struct fs_rostered *s, int unknown)
{
	struct listed *l;

	if (a->nl == a->lcap) {
		a->lcap = a->lcap ? a->lcap * 2 : 64;
		a->l = fs_xreallocarray(a->l, a->lcap, sizeof(*a->l));
	}
	l = &a->l[a->nl++];
	l->sid = e->key;
	l->sidn = e->keylen;
	l->s = s;
	l->unknown = unknown;
	l->ahead = 0;
}

static int
by_id(const void *x, const void *y)
{
	const struct listed *p = x, *q = y;

	return fs_slice_cmp(p->sid, p->sidn, q->sid, q->sidn);
}

/*
 * Has the day map a record on or before the as-of date?  One after it
 * is a finding, not a count (SPEC 3.2): nor does it make a secretary
 * known, or a newcomer whose first check-in was filled in ahead would
 * be judged absent for every day of the year so far.
 */
static int
recorded_by_as_of(const struct attendance *a, const struct fs_dayyear *dy)
{
	int d;

	for (d = 0; d < a->y.ndays && a->y.y0 + d <= a->run->as_of; d++)
		if (fs_dayyear_get(dy, d) != 0)
			return 1;
	return 0;
}

/*
 * Who is listed: every rostered secretary (judge() leaves out those
 * whose window misses the year or has not begun), and every secretary
 * with a record in the year who is not on the roster (or all of them,
 * without a roster), but one whose records are all after the as-of date
 * is only said unknown, not judged; not one with a roster row put aside,
 * whose window the roster no longer says whole (fs_roster_say_rejected()).
 */
static void
list_secretaries(struct attendance *a)
{
	const struct fs_table *seen = &a->kc->seen;
	const struct fs_entry *e;
	const struct fs_dayyear *dy;
	struct listed probe;
	size_t i;

	if (a->have_roster)
		for (i = 0; i < a->ro.secs.n; i++) {
			e = a->ro.secs.order[i];
			if (!fs_roster_rejected(&a->ro, e->key, e->keylen))
				list_add(a, e, e->val, 0);
		}
	for (i = 0; i < seen->n; i++) {
		e = seen->order[i];
		if (a->have_roster && (fs_roster_find(&a->ro, e->key,
		    e->keylen) != NULL || fs_roster_rejected(&a->ro, e->key,
		    e->keylen)))
			continue;
		probe.sid = e->key;
		probe.sidn = e->keylen;
		if ((dy = days_of(a, &probe)) != NULL) {
			list_add(a, e, NULL, a->have_roster);
			a->l[a->nl - 1].ahead = !recorded_by_as_of(a, dy);
		}
	}
	if (a->nl > 1)
		qsort(a->l, a->nl, sizeof(*a->l), by_id);
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct attendance a;
	const char *roster = NULL;
	long long year = 0;
	int ch, i, status = 0;
	size_t k;

	fs_run_init(&run, "fs-attendance", usage);
	run.values_only = 1;
	run.needs_calendar = 1;
	while ((ch = getopt_long(argc, argv, ":hj:", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_ROSTER:
			roster = optarg;
			break;
		default:
			if (fs_run_option(&run, ch, argv))
				return fs_run_finish(&run, run.exit);
		}
	}
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	year = run.year;
	memset(&a, 0, sizeof(a));
	a.run = &run;
	fs_table_init(&a.futseen, 0);
	year_init(&a.y, (int)year);
	if (optind == argc)
		status = read_file(&a, "-");
	for (i = optind; i < argc && status == 0; i++)
		status = read_file(&a, argv[i]);
	a.kc = fs_run_keys(&run, &fs_fmt_attendance);
	if (status == 0 && roster != NULL) {
		a.have_roster = 1;
		status = fs_roster_load(&run, &a.ro, roster);
	}
	if (status == 0) {
		future_villages(&a);
		list_secretaries(&a);
		if (!run.findings)
			fs_out_str(&run.out, "secretary_id\tyear\t"
			    "working_days\telapsed_days\tin_village_days\t"
			    "required_days\tratio\tleave_days\t"
			    "sending_unit_days\tabsent_days\t"
			    "unrecorded_days\tlongest_absence\tstatus\n");
		for (k = 0; k < a.nl; k++)
			judge(&a, &a.l[k]);
		if (a.have_roster)
			fs_roster_say_rejected(&run, &a.ro);
	}
	status = fs_run_finish(&run, status);
	if (a.have_roster)
		fs_roster_free(&a.ro);
	free(a.fut);
	fs_table_free(&a.futseen);
	fs_buf_free(&a.key);
	free(a.l);
	return status;
}
