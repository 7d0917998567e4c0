/*
 * fs-rectify - the rectification ledger (SPEC 3.6): the state of every
 * item, the progress of every village, and the "map on the wall", a text
 * bar chart of the same figures.
 *
 * The item table is written as the rows are read (run.out holds it until
 * the end); --progress and --chart keep one tally per village (and
 * category), so the tallies grow with villages, not rows.  The item_ids
 * seen (a repeated one is an invalid row) are keys: they grow with the
 * items.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/run.h"
#include "../common/width.h"

static const char usage[] =
"usage: fs-rectify [options] [FILE...]\n"
"Judge a rectification ledger: one row per item with its state and days\n"
"overdue (item_id village_id category deadline closed state days_overdue),\n"
"or the progress of every village.\n"
"  --progress         one row per village: village_id total closed open\n"
"                     overdue percent_closed\n"
"  --by-category      with --progress or --chart: per village and category\n"
"  --chart            the progress as a text bar chart (80 columns, UTF-8)\n"
"  --villages FILE    with --chart: village names (village_id name ...)\n"
FS_COMMON_USAGE;

enum {
	OPT_PROGRESS = FS_OPT_TOOL,
	OPT_BY_CATEGORY,
	OPT_CHART,
	OPT_VILLAGES
};

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "progress", no_argument, NULL, OPT_PROGRESS },
	{ "by-category", no_argument, NULL, OPT_BY_CATEGORY },
	{ "chart", no_argument, NULL, OPT_CHART },
	{ "villages", required_argument, NULL, OPT_VILLAGES },
	{ NULL, 0, NULL, 0 }
};

/* An item's state, first match wins (SPEC 3.6). */
enum state {
	ST_UNVERIFIED, ST_CLOSED_LATE, ST_CLOSED, ST_OVERDUE, ST_DUE_SOON,
	ST_OPEN
};

static const char *const state_name[] = {
	[ST_UNVERIFIED] = "unverified",
	[ST_CLOSED_LATE] = "closed_late",
	[ST_CLOSED] = "closed",
	[ST_OVERDUE] = "overdue",
	[ST_DUE_SOON] = "due_soon",
	[ST_OPEN] = "open"
};

/* The figures of a village (or of a village and a category). */
struct tally {
	int64_t total;
	int64_t closed;		/* closed and closed_late */
	int64_t overdue;
};

/* A village of --villages: the name to show, control characters blanked. */
struct village {
	const char *name;
};

/* The chart's fixed geometry (documented in fs-rectify(1)). */
enum {
	CHART_COLUMNS = 80,	/* a line fits an 80-column terminal */
	CHART_BAR = 20,		/* a full bar is 100 %: one block is 5 % */
	CHART_EIGHTHS = 8,	/* a block is drawn in eighths */
	CHART_GAP = 2,		/* spaces between labels and the bar */
	CHART_PERCENT = 6,	/* "100.0%" */
	CHART_MIN_LABEL = 6	/* a label column is not narrowed below */
};

static const char *const eighth[CHART_EIGHTHS] = {
	"", "\u258f", "\u258e", "\u258d", "\u258c", "\u258b", "\u258a",
	"\u2589"
};
static const char full_block[] = "\u2588";
static const char ellipsis[] = "\u2026";

struct rectify {
	struct fs_run run;
	int progress;		/* --progress or --chart: no item table */
	int chart;
	int by_category;
	const char *villages_file;
	struct fs_table tallies;	/* village_id[\tcategory] -> tally */
	struct fs_table villages;	/* village_id -> village */
	struct tally all;
	struct fs_buf key;		/* the tally key of the current row */
	struct fs_buf lastkey;		/* and of the previous row */
	struct tally *last;		/* the previous row's tally */
};

/* The item being judged. */
struct item {
	const struct fs_value *v;
	const char *file;
	long line;
	enum state state;
	int64_t days_overdue;
};

#define HAS(it, col) ((it)->v[(col)].n > 0)
/* A text given: not empty, nor white space alone (fs_missing()). */
#define GIVEN(it, col) (!fs_missing(&(it)->v[(col)]))
#define DATE(it, col) ((int64_t)(it)->v[(col)].v.date)

static const char *
datestr(fs_date t, char *buf)
{
	fs_date_fmt(t, buf);
	return buf;
}

/* A detail is a sentence of dates and numbers: it fits in this many bytes. */
enum { DETAIL_MAX = 256 };

/*
 * A finding's detail, put together piece by piece (a finding a row on a
 * large ledger: vsnprintf() was a fifth of a --findings run).  What does
 * not fit is cut, as snprintf() would cut it.
 */
struct detail {
	char b[DETAIL_MAX];
	size_t n;
};

static void
d_str(struct detail *d, const char *s)
{
	size_t k = strlen(s);

	if (k > sizeof(d->b) - 1 - d->n)
		k = sizeof(d->b) - 1 - d->n;
	memcpy(d->b + d->n, s, k);
	d->n += k;
	d->b[d->n] = '\0';
}

static void
d_int(struct detail *d, int64_t v)
{
	char buf[FS_FMT_MAX];

	buf[fs_int_fmt(v, buf)] = '\0';
	d_str(d, buf);
}

static void
d_date(struct detail *d, fs_date t)
{
	char buf[FS_FMT_MAX];

	fs_date_fmt(t, buf);
	d_str(d, buf);
}

/* " N day" or " N days": a count and its word. */
static void
d_days(struct detail *d, int64_t v)
{
	d_str(d, " ");
	d_int(d, v);
	d_str(d, " day");
	d_str(d, fs_plural(v));
}

static void
d_start(struct detail *d, const char *s)
{
	d->n = 0;
	d->b[0] = '\0';
	d_str(d, s);
}

/*
 * Is a finding of that severity to be made, detail and all?  Without
 * --findings only the severity is counted (it decides the exit status),
 * here, and the detail is not even made, so that memory does not grow
 * with the ledger, nor time go to dates written for nothing.
 */
static int
wanted(struct rectify *r, int severity)
{
	if (r->run.findings)
		return 1;
	fs_findings_tally(&r->run.fnd, severity);
	return 0;
}

/* Adds a finding about the item (wanted() first). */
static void
finding(struct rectify *r, const struct item *it, const char *rule,
    int severity, const char *detail)
{
	struct fs_findings *f = &r->run.fnd;
	char period[FS_FMT_MAX];

	period[0] = '\0';
	if (HAS(it, FS_RECT_DEADLINE))
		fs_date_fmt(it->v[FS_RECT_DEADLINE].v.date, period);
	fs_finding(f, rule, severity, "item",
	    fs_findings_strn(f, it->v[FS_RECT_ITEM_ID].p,
	    it->v[FS_RECT_ITEM_ID].n),
	    fs_findings_strn(f, it->v[FS_RECT_VILLAGE_ID].p,
	    it->v[FS_RECT_VILLAGE_ID].n),
	    period, fs_findings_source(f, it->file, it->line), "%s", detail);
}

/*
 * Whether the item is closed on the as-of date.  A closed date after it
 * is a closure still to come (planned, or a ledger judged as it stood on
 * an earlier day), as the other tools leave rows dated after the as-of
 * date out: the item is judged as not closed.
 */
static int
closed_by_as_of(const struct rectify *r, const struct item *it)
{
	return HAS(it, FS_RECT_CLOSED) &&
	    DATE(it, FS_RECT_CLOSED) <= r->run.as_of;
}

/* "not closed", and why when a closed date is given, after d. */
static void
d_not_closed(struct detail *d, const struct item *it)
{
	d_str(d, "not closed");
	if (!HAS(it, FS_RECT_CLOSED))
		return;
	d_str(d, " (closed ");
	d_date(d, it->v[FS_RECT_CLOSED].v.date);
	d_str(d, " is after the as-of date)");
}

/*
 * The state of an item and its days overdue, first match wins:
 * unverified, closed_late, closed, overdue, due_soon, open.
 */
static void
judge_state(const struct rectify *r, struct item *it)
{
	int64_t asof = r->run.as_of, deadline;

	it->days_overdue = 0;
	if (closed_by_as_of(r, it)) {
		if (!GIVEN(it, FS_RECT_EVIDENCE) ||
		    !GIVEN(it, FS_RECT_VERIFIED_BY))
			it->state = ST_UNVERIFIED;
		else if (HAS(it, FS_RECT_DEADLINE) &&
		    DATE(it, FS_RECT_CLOSED) > DATE(it, FS_RECT_DEADLINE)) {
			it->state = ST_CLOSED_LATE;
			it->days_overdue = DATE(it, FS_RECT_CLOSED) -
			    DATE(it, FS_RECT_DEADLINE);
		} else
			it->state = ST_CLOSED;
		return;
	}
	if (!HAS(it, FS_RECT_DEADLINE)) {
		it->state = ST_OPEN;
		return;
	}
	deadline = DATE(it, FS_RECT_DEADLINE);
	if (deadline < asof) {
		it->state = ST_OVERDUE;
		it->days_overdue = asof - deadline;
	} else if (deadline - asof <= r->run.policy.rectify_due_soon_days)
		it->state = ST_DUE_SOON;
	else
		it->state = ST_OPEN;
}

/* rectify.incomplete: measure, responsible or deadline missing. */
static void
rule_incomplete(struct rectify *r, const struct item *it)
{
	/* By what is missing: 1 the measure, 2 the person, 4 the deadline. */
	static const char *const what[8] = {
		NULL,
		"the measure is missing",
		"the responsible person is missing",
		"the measure and the responsible person are missing",
		"the deadline is missing",
		"the measure and the deadline are missing",
		"the responsible person and the deadline are missing",
		"the measure, the responsible person and the deadline are "
		    "missing"
	};
	int missing = (!GIVEN(it, FS_RECT_MEASURE) ? 1 : 0) |
	    (!GIVEN(it, FS_RECT_RESPONSIBLE) ? 2 : 0) |
	    (!HAS(it, FS_RECT_DEADLINE) ? 4 : 0);

	if (missing != 0 && wanted(r, FS_SEV_VIOLATION))
		finding(r, it, "rectify.incomplete", FS_SEV_VIOLATION,
		    what[missing]);
}

/* rectify.overdue: not closed, deadline before the as-of date. */
static void
rule_overdue(struct rectify *r, const struct item *it)
{
	struct detail d;

	if (it->state != ST_OVERDUE || !wanted(r, FS_SEV_VIOLATION))
		return;
	/* "deadline %s passed %lld day%s ago; %s" */
	d_start(&d, "deadline ");
	d_date(&d, it->v[FS_RECT_DEADLINE].v.date);
	d_str(&d, " passed");
	d_days(&d, it->days_overdue);
	d_str(&d, " ago; ");
	d_not_closed(&d, it);
	finding(r, it, "rectify.overdue", FS_SEV_VIOLATION, d.b);
}

/* rectify.due-soon: not closed, deadline within rectify.due_soon_days. */
static void
rule_due_soon(struct rectify *r, const struct item *it)
{
	struct detail d;
	int64_t left;

	if (it->state != ST_DUE_SOON || !wanted(r, FS_SEV_WARNING))
		return;
	left = DATE(it, FS_RECT_DEADLINE) - r->run.as_of;
	/* "deadline %s is today; %s", "deadline %s is in %lld day%s; %s" */
	d_start(&d, "deadline ");
	d_date(&d, it->v[FS_RECT_DEADLINE].v.date);
	if (left == 0)
		d_str(&d, " is today; ");
	else {
		d_str(&d, " is in");
		d_days(&d, left);
		d_str(&d, "; ");
	}
	d_not_closed(&d, it);
	finding(r, it, "rectify.due-soon", FS_SEV_WARNING, d.b);
}

/* rectify.closed-late: closed after its deadline (verified or not). */
static void
rule_closed_late(struct rectify *r, const struct item *it)
{
	struct detail d;
	int64_t late;

	if (!closed_by_as_of(r, it) || !HAS(it, FS_RECT_DEADLINE) ||
	    DATE(it, FS_RECT_CLOSED) <= DATE(it, FS_RECT_DEADLINE) ||
	    !wanted(r, FS_SEV_WARNING))
		return;
	late = DATE(it, FS_RECT_CLOSED) - DATE(it, FS_RECT_DEADLINE);
	/* "closed %s, %lld day%s after the deadline %s" */
	d_start(&d, "closed ");
	d_date(&d, it->v[FS_RECT_CLOSED].v.date);
	d_str(&d, ",");
	d_days(&d, late);
	d_str(&d, " after the deadline ");
	d_date(&d, it->v[FS_RECT_DEADLINE].v.date);
	finding(r, it, "rectify.closed-late", FS_SEV_WARNING, d.b);
}

/* rectify.unverified: closed with evidence or verified_by missing. */
static void
rule_unverified(struct rectify *r, const struct item *it)
{
	struct detail d;
	int ev, vb;

	if (it->state != ST_UNVERIFIED || !wanted(r, FS_SEV_VIOLATION))
		return;
	ev = GIVEN(it, FS_RECT_EVIDENCE);
	vb = GIVEN(it, FS_RECT_VERIFIED_BY);
	/* "closed %s with %s" */
	d_start(&d, "closed ");
	d_date(&d, it->v[FS_RECT_CLOSED].v.date);
	d_str(&d, " with ");
	d_str(&d, !ev && !vb ? "no evidence and no verified_by" :
	    !ev ? "no evidence" : "no verified_by");
	finding(r, it, "rectify.unverified", FS_SEV_VIOLATION, d.b);
}

/* rectify.date-order: deadline or closed earlier than opened. */
static void
rule_date_order(struct rectify *r, const struct item *it)
{
	struct detail d;
	int64_t opened = DATE(it, FS_RECT_OPENED);
	int bad_d = HAS(it, FS_RECT_DEADLINE) &&
	    DATE(it, FS_RECT_DEADLINE) < opened;
	int bad_c = HAS(it, FS_RECT_CLOSED) &&
	    DATE(it, FS_RECT_CLOSED) < opened;

	if ((!bad_d && !bad_c) || !wanted(r, FS_SEV_VIOLATION))
		return;
	if (bad_d && bad_c) {
		/* "deadline %s and closed %s are before opened %s" */
		d_start(&d, "deadline ");
		d_date(&d, it->v[FS_RECT_DEADLINE].v.date);
		d_str(&d, " and closed ");
		d_date(&d, it->v[FS_RECT_CLOSED].v.date);
		d_str(&d, " are before opened ");
	} else {
		/* "%s %s is %lld day%s before opened %s" */
		d_start(&d, bad_d ? "deadline " : "closed ");
		d_date(&d, it->v[bad_d ? FS_RECT_DEADLINE :
		    FS_RECT_CLOSED].v.date);
		d_str(&d, " is");
		d_days(&d, opened - DATE(it, bad_d ? FS_RECT_DEADLINE :
		    FS_RECT_CLOSED));
		d_str(&d, " before opened ");
	}
	d_date(&d, it->v[FS_RECT_OPENED].v.date);
	finding(r, it, "rectify.date-order", FS_SEV_VIOLATION, d.b);
}

/* Writes the item's row of the item table. */
static void
write_item(struct rectify *r, const struct item *it)
{
	struct fs_out *o = &r->run.out;
	const struct fs_value *v = it->v;

	fs_out_write(o, v[FS_RECT_ITEM_ID].p, v[FS_RECT_ITEM_ID].n);
	fs_out_char(o, '\t');
	fs_out_write(o, v[FS_RECT_VILLAGE_ID].p, v[FS_RECT_VILLAGE_ID].n);
	fs_out_char(o, '\t');
	fs_out_write(o, v[FS_RECT_CATEGORY].p, v[FS_RECT_CATEGORY].n);
	fs_out_char(o, '\t');
	/*
	 * A date is read only as YYYY-MM-DD (fs_date_parse()): its bytes
	 * are the ones fs_out_date() would write.
	 */
	fs_out_write(o, v[FS_RECT_DEADLINE].p, v[FS_RECT_DEADLINE].n);
	fs_out_char(o, '\t');
	fs_out_write(o, v[FS_RECT_CLOSED].p, v[FS_RECT_CLOSED].n);
	fs_out_char(o, '\t');
	fs_out_str(o, state_name[it->state]);
	fs_out_char(o, '\t');
	fs_out_int(o, it->days_overdue);
	fs_out_char(o, '\n');
}

static void
count(struct tally *t, const struct item *it)
{
	t->total++;
	if (it->state == ST_CLOSED || it->state == ST_CLOSED_LATE)
		t->closed++;
	if (it->state == ST_OVERDUE)
		t->overdue++;
}

/*
 * Counts the item in its village's tally (village_id TAB category with
 * --by-category: a tab sorts before every byte an id may hold, so the
 * keys sort by village, then category).
 */
static void
tally_item(struct rectify *r, const struct item *it)
{
	const struct fs_value *v = it->v;

	fs_buf_reset(&r->key);
	fs_buf_add(&r->key, v[FS_RECT_VILLAGE_ID].p, v[FS_RECT_VILLAGE_ID].n);
	if (r->by_category) {
		fs_buf_add(&r->key, "\t", 1);
		fs_buf_add(&r->key, v[FS_RECT_CATEGORY].p,
		    v[FS_RECT_CATEGORY].n);
	}
	/* Ledgers come village by village: the last tally is often it. */
	if (r->last == NULL || r->key.n != r->lastkey.n ||
	    memcmp(r->key.p, r->lastkey.p, r->key.n) != 0) {
		r->last = fs_table_get(&r->tallies, r->key.p, r->key.n, NULL);
		fs_buf_reset(&r->lastkey);
		fs_buf_add(&r->lastkey, r->key.p, r->key.n);
	}
	count(r->last, it);
	count(&r->all, it);
}

static void
judge(struct rectify *r, struct item *it)
{
	judge_state(r, it);
	rule_incomplete(r, it);
	rule_overdue(r, it);
	rule_due_soon(r, it);
	rule_closed_late(r, it);
	rule_unverified(r, it);
	rule_date_order(r, it);
	if (r->progress)
		tally_item(r, it);
	else if (!r->run.findings)
		write_item(r, it);
}

/* Reads one ledger: 0, or 2 when the run must stop. */
static int
read_ledger(struct rectify *r, const char *path)
{
	struct fs_tsv t;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct item it;
	int rc;

	if (fs_run_open(&r->run, &t, path, &fs_fmt_rectify, &b) != 0) {
		fs_tsv_close(&t);
		return 2;
	}
	while ((rc = fs_run_next(&r->run, &t, &b, v)) == FS_TSV_ROW) {
		it.v = v;
		it.file = t.name;
		it.line = t.lineno;
		judge(r, &it);
	}
	fs_tsv_close(&t);
	return rc == FS_RUN_STOP ? 2 : 0;
}

/* Reads --villages: the names the chart shows.  0 or 2. */
static int
read_villages(struct rectify *r, const char *path)
{
	struct fs_tsv t;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct village *vil;
	const char *p;
	char *name;
	size_t n;
	int rc;

	if (fs_run_open_side(&r->run, &t, path, &fs_fmt_villages, &b) != 0) {
		fs_tsv_close(&t);
		return 2;
	}
	while ((rc = fs_run_next(&r->run, &t, &b, v)) == FS_TSV_ROW) {
		vil = fs_table_get(&r->villages, v[FS_VIL_VILLAGE_ID].p,
		    v[FS_VIL_VILLAGE_ID].n, NULL);
		/* Without a spreadsheet's spaces around it, as fs-report. */
		p = v[FS_VIL_NAME].p;
		n = fs_name_trim(&p, v[FS_VIL_NAME].n);
		name = fs_arena_alloc(fs_table_arena(&r->villages), n + 1);
		n = fs_unescape(p, n, name);
		n = fs_controls_to_spaces(name, n);
		name[n] = '\0';
		vil->name = name;
	}
	fs_tsv_close(&t);
	return rc == FS_RUN_STOP ? 2 : 0;
}

static void
write_percent(struct fs_out *o, const struct tally *t)
{
	char buf[FS_FMT_MAX];

	fs_out_write(o, buf, fs_percent_fmt(t->closed, t->total, buf));
}

/* --progress: one row per village (and category), sorted. */
static void
write_progress(struct rectify *r)
{
	struct fs_out *o = &r->run.out;
	struct fs_entry **e = fs_table_sorted(&r->tallies);
	const struct tally *t;
	size_t i;

	fs_out_str(o, r->by_category ? "village_id\tcategory\ttotal\tclosed\t"
	    "open\toverdue\tpercent_closed\n" : "village_id\ttotal\tclosed\t"
	    "open\toverdue\tpercent_closed\n");
	for (i = 0; i < r->tallies.n; i++) {
		t = e[i]->val;
		fs_out_write(o, e[i]->key, e[i]->keylen);
		fs_out_char(o, '\t');
		fs_out_int(o, t->total);
		fs_out_char(o, '\t');
		fs_out_int(o, t->closed);
		fs_out_char(o, '\t');
		fs_out_int(o, t->total - t->closed);
		fs_out_char(o, '\t');
		fs_out_int(o, t->overdue);
		fs_out_char(o, '\t');
		write_percent(o, t);
		fs_out_char(o, '\n');
	}
	free(e);
}

/* A bar's label: a village's name (or id) and, with categories, a category. */
struct label {
	const char *name, *cat;
	size_t namelen, catlen;
};

static void
chart_label(const struct rectify *r, const struct fs_entry *e,
    struct label *l)
{
	const struct village *vil;
	const char *tab = memchr(e->key, '\t', e->keylen);
	size_t idlen = tab != NULL ? (size_t)(tab - e->key) : e->keylen;

	l->name = e->key;
	l->namelen = idlen;
	l->cat = "";
	l->catlen = 0;
	if (tab != NULL) {
		l->cat = tab + 1;
		l->catlen = e->keylen - idlen - 1;
	}
	if ((vil = fs_table_find(&r->villages, e->key, idlen)) != NULL) {
		l->name = vil->name;
		l->namelen = strlen(vil->name);
	}
}

/*
 * Writes text in exactly width columns: padded with spaces, or cut at a
 * character and ended with an ellipsis when wider.
 */
static void
write_cell(struct fs_out *o, const char *p, size_t n, size_t width)
{
	size_t w = fs_text_width(p, n), k;

	if (w > width) {
		k = fs_text_fit(p, n, width - 1, &w);
		fs_out_write(o, p, k);
		fs_out_str(o, ellipsis);
		w++;
	} else
		fs_out_write(o, p, n);
	for (; w < width; w++)
		fs_out_char(o, ' ');
}

/* Writes the number right-aligned in width columns. */
static void
write_right(struct fs_out *o, const char *s, size_t width)
{
	size_t n = strlen(s);

	for (; n < width; n++)
		fs_out_char(o, ' ');
	fs_out_str(o, s);
}

/*
 * The bar of closed items, CHART_BAR columns of full and eighth blocks
 * padded with spaces.  It is empty only at 0 % and full only at 100 %.
 */
static void
write_bar(struct fs_out *o, const struct tally *t)
{
	const int64_t steps = (int64_t)CHART_BAR * CHART_EIGHTHS;
	int64_t e = 0, i;

	if (t->total > 0)
		e = fs_div_round(t->closed * steps, t->total);
	if (t->closed > 0 && e == 0)
		e = 1;
	if (t->closed < t->total && e == steps)
		e = steps - 1;
	for (i = 0; i < e / CHART_EIGHTHS; i++)
		fs_out_str(o, full_block);
	fs_out_str(o, eighth[e % CHART_EIGHTHS]);
	for (i = (e + CHART_EIGHTHS - 1) / CHART_EIGHTHS; i < CHART_BAR; i++)
		fs_out_char(o, ' ');
}

static void
chart_line(struct fs_out *o, const struct label *l, size_t namew,
    int bycat, size_t catw, const struct tally *t, size_t countw,
    size_t overduew)
{
	char buf[FS_FMT_MAX * 2 + 2];
	size_t n;

	write_cell(o, l->name, l->namelen, namew);
	if (bycat) {
		fs_out_str(o, "  ");
		write_cell(o, l->cat, l->catlen, catw);
	}
	fs_out_str(o, "  ");
	write_bar(o, t);
	fs_out_char(o, ' ');
	n = fs_percent_fmt(t->closed, t->total, buf);
	buf[n++] = '%';
	buf[n] = '\0';
	write_right(o, buf, CHART_PERCENT);
	fs_out_str(o, "  ");
	n = fs_int_fmt(t->closed, buf);
	buf[n++] = '/';
	fs_int_fmt(t->total, buf + n);
	write_right(o, buf, countw);
	fs_out_str(o, "  ");
	fs_int_fmt(t->overdue, buf);
	write_right(o, buf, overduew);
	fs_out_str(o, " overdue\n");
}

static size_t
count_width(const struct tally *t)
{
	char buf[FS_FMT_MAX];

	return fs_int_fmt(t->closed, buf) + 1 + fs_int_fmt(t->total, buf);
}

static size_t
overdue_width(const struct tally *t)
{
	char buf[FS_FMT_MAX];

	return fs_int_fmt(t->overdue, buf);
}

#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))

/*
 * --chart: a title line, one bar per village (and category) in the order
 * of --progress, and a total line; every line fits CHART_COLUMNS (see
 * fs-rectify(1) for the layout).
 */
static void
write_chart(struct rectify *r)
{
	static const char total_label[] = "total";
	struct fs_out *o = &r->run.out;
	struct fs_entry **e = fs_table_sorted(&r->tallies);
	struct label l;
	char asof[FS_FMT_MAX];
	size_t i, namew, catw = 0, countw, overduew, tail, room;

	namew = sizeof(total_label) - 1;
	countw = count_width(&r->all);
	overduew = overdue_width(&r->all);
	for (i = 0; i < r->tallies.n; i++) {
		chart_label(r, e[i], &l);
		namew = MAX(namew, fs_text_width(l.name, l.namelen));
		catw = MAX(catw, fs_text_width(l.cat, l.catlen));
	}
	/* The tail: " 100.0%  closed/total  N overdue". */
	tail = 1 + CHART_PERCENT + 2 + countw + 2 + overduew +
	    sizeof(" overdue") - 1;
	room = CHART_COLUMNS - CHART_GAP - CHART_BAR;
	room = room > tail ? room - tail : 0;
	if (r->by_category) {
		/* Two label columns: each gets half the room or more. */
		room = room > CHART_GAP ? room - CHART_GAP : 0;
		if (namew + catw > room) {
			namew = MIN(namew, MAX(MAX(room > catw ?
			    room - catw : 0, room / 2), CHART_MIN_LABEL));
			/* The rest, but no wider than the categories are. */
			catw = MIN(catw, MAX(room > namew ? room - namew : 0,
			    CHART_MIN_LABEL));
		}
	} else
		namew = MIN(namew, MAX(room, CHART_MIN_LABEL));

	fs_out_str(o, "Rectification progress as of ");
	fs_out_str(o, datestr(r->run.as_of, asof));
	fs_out_str(o, r->by_category ? " by category" : "");
	fs_out_str(o, " (\u2588 = 5% closed)\n");
	for (i = 0; i < r->tallies.n; i++) {
		chart_label(r, e[i], &l);
		chart_line(o, &l, namew, r->by_category, catw, e[i]->val,
		    countw, overduew);
	}
	l.name = total_label;
	l.namelen = sizeof(total_label) - 1;
	l.cat = "";
	l.catlen = 0;
	chart_line(o, &l, namew, r->by_category, catw, &r->all, countw,
	    overduew);
	free(e);
}

int
main(int argc, char *argv[])
{
	struct rectify r;
	struct fs_run *run = &r.run;
	int ch, i, status = 0;

	memset(&r, 0, sizeof(r));
	fs_run_init(run, "fs-rectify", usage);
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_PROGRESS:
			r.progress = 1;
			break;
		case OPT_BY_CATEGORY:
			r.by_category = 1;
			break;
		case OPT_CHART:
			r.chart = r.progress = 1;
			break;
		case OPT_VILLAGES:
			r.villages_file = optarg;
			break;
		default:
			if (fs_run_option(run, ch, argv))
				return fs_run_finish(run, run->exit);
		}
	}
	if (r.by_category && !r.progress)
		return fs_run_finish(run, fs_run_usage_error(run,
		    "--by-category needs --progress or --chart"));
	if (r.villages_file != NULL && !r.chart)
		return fs_run_finish(run, fs_run_usage_error(run,
		    "--villages needs --chart"));
	if (r.progress && run->findings)
		return fs_run_finish(run, fs_run_usage_error(run,
		    "--findings writes findings, not %s; choose one",
		    r.chart ? "--chart" : "--progress"));
	if (fs_run_start(run) != 0)
		return fs_run_finish(run, 2);
	fs_table_init(&r.tallies, sizeof(struct tally));
	fs_table_init(&r.villages, sizeof(struct village));
	if (!r.progress && !run->findings)
		fs_out_str(&run->out, "item_id\tvillage_id\tcategory\t"
		    "deadline\tclosed\tstate\tdays_overdue\n");
	if (optind == argc)
		status = read_ledger(&r, "-");
	for (i = optind; i < argc && status == 0; i++)
		status = read_ledger(&r, argv[i]);
	if (status == 0 && r.villages_file != NULL)
		status = read_villages(&r, r.villages_file);
	if (status == 0 && r.chart)
		write_chart(&r);
	else if (status == 0 && r.progress)
		write_progress(&r);
	fs_table_free(&r.tallies);
	fs_table_free(&r.villages);
	fs_buf_free(&r.key);
	fs_buf_free(&r.lastkey);
	return fs_run_finish(run, status);
}
