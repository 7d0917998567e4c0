/*
 * fs-report - the compliance report (SPEC 3.9).  Reads the findings
 * streams of every tool and writes one report for people: plain text for
 * an e-mail from cron, Markdown, or one self-contained HTML page with
 * inline SVG charts.  A summary comes first (by severity, by rule, by
 * village), then the findings of each county, township and village.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/run.h"
#include "../common/width.h"

static const char usage[] =
"usage: fs-report [--format text|markdown|html] [--villages FILE]\n"
"                 [--progress FILE] [options] [FINDINGS...]\n"
"Make the compliance report from findings streams (standard input when\n"
"no file is named): a summary by severity, rule and village, then the\n"
"findings of each county, township and village.  With --findings, the\n"
"merged streams are written instead, sorted, without repeats.\n"
"  --format FORMAT    text (default; fits an 80-column e-mail), markdown,\n"
"                     or html (one self-contained page with SVG charts)\n"
"  --villages FILE    village_id name township county: names and groups\n"
"  --progress FILE    fs-rectify --progress output: rectification progress\n"
FS_COMMON_USAGE;

enum { OPT_FORMAT = FS_OPT_TOOL, OPT_VILLAGES, OPT_PROGRESS };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "villages", required_argument, NULL, OPT_VILLAGES },
	{ "progress", required_argument, NULL, OPT_PROGRESS },
	{ NULL, 0, NULL, 0 }
};

enum report_format { FMT_TEXT, FMT_MARKDOWN, FMT_HTML };

/*
 * The text report fits an 80-column e-mail: no line is wider than
 * TEXT_WIDTH columns.  Tables give their first column NAME_COL columns
 * (PROGRESS_NAME_COL in the progress table, which has more figures, or
 * what its figures leave of a line; below PROGRESS_MIN_NAME_COL a
 * village's name has a line of its own).
 */
enum {
	TEXT_WIDTH = 78,
	NAME_COL = 52,
	PROGRESS_NAME_COL = 40,
	PROGRESS_MIN_NAME_COL = 16,
	DETAIL_INDENT = 6
};

/* The HTML charts, in pixels. */
enum {
	SVG_BAR_WIDTH = 480,	/* the longest bar */
	SVG_ROW = 22,		/* one village */
	SVG_BAR = 14,		/* a bar's height */
	SVG_TOP = 34,		/* room for the legend */
	SVG_COL_PX = 7,		/* one display column of a label */
	SVG_LABEL_MAX = 32,	/* display columns of a label; longer is cut */
	SVG_GAP = 8,
	SVG_NUMBERS = 200	/* room for the figures after a bar */
};

/*
 * fs-rectify --progress output: village_id total closed open overdue
 * percent_closed, with a category column after village_id when made
 * with --by-category.  The categories of a village are added up.
 */
enum {
	PRG_VILLAGE_ID, PRG_CATEGORY, PRG_TOTAL, PRG_CLOSED, PRG_OPEN,
	PRG_OVERDUE, PRG_PERCENT
};

static const struct fs_column progress_cols[] = {
	[PRG_VILLAGE_ID] = { "village_id", FS_ID, 1, NULL },
	[PRG_CATEGORY] = { "category", FS_ID, 0, NULL },
	[PRG_TOTAL] = { "total", FS_COUNT, 1, NULL },
	[PRG_CLOSED] = { "closed", FS_COUNT, 1, NULL },
	[PRG_OPEN] = { "open", FS_COUNT, 1, NULL },
	[PRG_OVERDUE] = { "overdue", FS_COUNT, 1, NULL },
	[PRG_PERCENT] = { "percent_closed", FS_TEXT, 0, NULL },
};

static const char *
progress_check(const struct fs_value *v, int *col)
{
	if (v[PRG_CLOSED].v.num > v[PRG_TOTAL].v.num) {
		*col = PRG_CLOSED;
		return "more than total";
	}
	if (v[PRG_OPEN].v.num != v[PRG_TOTAL].v.num - v[PRG_CLOSED].v.num) {
		*col = PRG_OPEN;
		return "not total - closed";
	}
	if (v[PRG_OVERDUE].v.num > v[PRG_OPEN].v.num) {
		*col = PRG_OVERDUE;
		return "more than open";
	}
	return NULL;
}

/* One village per row; with a category column, one per village and category. */
static const struct fs_format progress_fmt = {
	"progress", progress_cols, PRG_PERCENT + 1, progress_check,
	{ PRG_VILLAGE_ID, -1, -1 }, -1, NULL, NULL
};
static const struct fs_format progress_cat_fmt = {
	"progress", progress_cols, PRG_PERCENT + 1, progress_check,
	{ PRG_VILLAGE_ID, PRG_CATEGORY, -1 }, -1, NULL, NULL
};

struct village {
	const char *id;
	const char *name;		/* "" when --villages does not name it */
	const char *township;
	const char *county;
	int listed;			/* a row of --villages */
	long order;			/* that row's place */
	long county_rank, township_rank;
	int lone_township;		/* its county has no other township */
	long violations, warnings;
	int has_progress;
	int64_t total, closed, overdue;
	size_t first, nfnd;		/* its findings in report.items */
};

struct rule_count {
	long violations, warnings;
};

/* A finding in the report's order. */
struct item {
	size_t village;			/* place in report.vs; nv: none */
	size_t stream;			/* place in the stream's order */
	const struct fs_finding *f;
};

/*
 * The columns whose values are few (tool, rule, entity, village_id,
 * period) are kept once each, not once a finding: less memory, and
 * strings that stay in the cache when the findings are sorted and
 * written.  The last value is tried first (a tool's stream is sorted by
 * village).
 */
struct intern {
	struct fs_table t;		/* the value as read -> decoded */
	const char *last, *lastdec;
	size_t lastn;
};

struct report {
	struct fs_run *run;
	struct intern in[5];		/* tool, rule, entity, village, period */
	enum report_format format;
	const char *villages_file;
	const char *progress_file;
	struct fs_table villages;	/* village_id -> struct village */
	struct fs_table aside;		/* village_ids of rows put aside */
	struct fs_table counties;	/* county -> rank */
	struct fs_table townships;	/* county NUL township -> rank */
	struct fs_table rules;		/* rule -> struct rule_count */
	struct village **vs;		/* in report order */
	size_t nv;
	int one_county;			/* the villages are all in one */
	struct item *items;
	size_t nitems;
	size_t novillage;		/* items from here have no village */
	long violations, warnings;
	long with_violations, with_warnings;
	int has_progress;
	int text_gap;			/* a blank line before the next block */
	int html_county_open;		/* a county's <section> is open */
	struct fs_buf scratch, scratch2;
};

/* Control characters become spaces (fs_controls_to_spaces()). */
static void
sanitize(struct fs_buf *b)
{
	if (b->n == 0)
		return;
	b->n = fs_controls_to_spaces(b->p, b->n);
	b->p[b->n] = '\0';
}

/* A copy of s fit for any of the outputs, in b until b's next use. */
static const char *
clean(struct fs_buf *b, const char *s)
{
	fs_buf_reset(b);
	fs_buf_adds(b, s);
	sanitize(b);
	return b->p;
}

static size_t
width(const char *s)
{
	return fs_text_width(s, strlen(s));
}

static void
out_spaces(struct fs_out *o, size_t n)
{
	static const char sp[] = "                                ";
	size_t k;

	if (n == 1) {
		fs_out_char(o, ' ');
		return;
	}
	for (; n > 0; n -= k) {
		k = n < sizeof(sp) - 1 ? n : sizeof(sp) - 1;
		fs_out_write(o, sp, k);
	}
}

static void
out_repeat(struct fs_out *o, char c, size_t n)
{
	while (n-- > 0)
		fs_out_char(o, c);
}

static void
out_long(struct fs_out *o, long v)
{
	fs_out_int(o, v);
}

static const char *
plural(long n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* Reading. */

/* The value with its escapes decoded, kept in the arena. */
static const char *
decode_keep(struct fs_arena *a, const struct fs_value *v)
{
	return fs_unescape_dup(a, v->p, v->n);
}

/*
 * A name of --villages as a clerk meant it: without the spaces a
 * spreadsheet leaves around it (fs_name_trim()), so that "湘江镇 " is
 * the township "湘江镇" and " " is none.
 */
static const char *
name_keep(struct fs_arena *a, const struct fs_value *v)
{
	const char *p = v->p;
	size_t n = fs_name_trim(&p, v->n);

	return fs_unescape_dup(a, p, n);
}

static const char *
intern(struct intern *in, struct fs_arena *a, const struct fs_value *v)
{
	struct fs_entry *e;
	int created;

	if (in->last != NULL && v->n == in->lastn &&
	    memcmp(v->p, in->last, v->n) == 0)
		return in->lastdec;
	e = fs_table_intern(&in->t, v->p, v->n, &created);
	if (created)
		*(const char **)e->val = memchr(v->p, '\\', v->n) == NULL ?
		    e->key : fs_unescape_dup(a, v->p, v->n);
	in->last = e->key;
	in->lastn = v->n;
	return in->lastdec = *(const char **)e->val;
}

/*
 * Reads a findings stream into run->fnd, each finding with the tool that
 * reported it.  The severity's choice index is FS_SEV_VIOLATION or
 * FS_SEV_WARNING: the format lists them in that order.
 */
static int
read_findings(struct report *rp, const char *path)
{
	struct fs_run *run = rp->run;
	struct intern *in = rp->in;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct fs_finding x;
	struct fs_arena *a = &run->fnd.arena;
	int rc;

	if (fs_run_open(run, &r, path, &fs_fmt_findings, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	/* Each field decoded once, into the findings' arena. */
	while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW) {
		x.tool = intern(&in[0], a, &v[FS_FND_TOOL]);
		x.rule = intern(&in[1], a, &v[FS_FND_RULE]);
		x.severity = v[FS_FND_SEVERITY].v.choice;
		x.entity = intern(&in[2], a, &v[FS_FND_ENTITY]);
		x.entity_id = decode_keep(a, &v[FS_FND_ENTITY_ID]);
		x.village_id = intern(&in[3], a, &v[FS_FND_VILLAGE_ID]);
		x.period = intern(&in[4], a, &v[FS_FND_PERIOD]);
		x.detail = decode_keep(a, &v[FS_FND_DETAIL]);
		x.source = decode_keep(a, &v[FS_FND_SOURCE]);
		fs_findings_push(&run->fnd, &x);
	}
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

static long
rank_of(struct fs_table *t, const char *key, size_t n)
{
	long *rank;
	int created;

	rank = fs_table_get(t, key, n, &created);
	if (created)
		*rank = (long)t->n;
	return *rank;
}

static long
township_rank(struct report *rp, const char *county, const char *township)
{
	struct fs_buf *k = &rp->scratch;

	fs_buf_reset(k);
	fs_buf_adds(k, county);
	fs_buf_add(k, "", 1);
	fs_buf_adds(k, township);
	return rank_of(&rp->townships, k->p, k->n);
}

/* The village of that id; one not in --villages is made, unnamed. */
static struct village *
village_get(struct report *rp, const char *id, size_t n)
{
	struct village *vg;
	int created;

	vg = fs_table_get(&rp->villages, id, n, &created);
	if (created) {
		vg->id = fs_table_entry(&rp->villages, id, n)->key;
		vg->name = vg->township = vg->county = "";
	}
	return vg;
}

/*
 * The village of a side file's village_id, decoded as the findings' ids
 * are (read_findings()), so that an id with an escape is one village.
 */
static struct village *
village_of(struct report *rp, const struct fs_value *v)
{
	const char *id = decode_keep(fs_table_arena(&rp->villages), v);

	return village_get(rp, id, strlen(id));
}

static int
read_villages(struct report *rp)
{
	struct fs_run *run = rp->run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct fs_arena *a = fs_table_arena(&rp->villages);
	struct village *vg;
	int rc;

	if (fs_run_open_side(run, &r, rp->villages_file, &fs_fmt_villages,
	    &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	rp->villages_file = r.name;	/* as labels name it: - is <stdin> */
	fs_run_side_rejects(run, &rp->aside, &b, FS_VIL_VILLAGE_ID);
	while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW) {
		/*
		 * A village listed twice is the format's key check's: an id
		 * has one spelling (a lone backslash is refused), so two
		 * rows' ids differ as written when they differ decoded.
		 */
		vg = village_of(rp, &v[FS_VIL_VILLAGE_ID]);
		vg->listed = 1;
		vg->order = r.rows;
		vg->name = name_keep(a, &v[FS_VIL_NAME]);
		vg->township = name_keep(a, &v[FS_VIL_TOWNSHIP]);
		vg->county = name_keep(a, &v[FS_VIL_COUNTY]);
		vg->county_rank = rank_of(&rp->counties, vg->county,
		    strlen(vg->county));
		vg->township_rank = township_rank(rp, vg->county, vg->township);
	}
	fs_run_side_rejects(run, NULL, NULL, 0);
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

/* Adds the row's value of column col to a village's sum: 0, or -1 said. */
static int
add_checked(int64_t *sum, const struct fs_value *v, int col,
    const struct fs_tsv *r)
{
	struct fs_buf why = { 0 }, msg = { 0 };
	const char *name = progress_cols[col].name;

	if (fs_add_overflow(*sum, v[col].v.num, sum) == 0)
		return 0;
	fs_buf_printf(&why, "sum too large: village %.*s's %s would pass %lld",
	    (int)v[PRG_VILLAGE_ID].n, v[PRG_VILLAGE_ID].p, name,
	    (long long)INT64_MAX);
	fs_format_fault(&msg, r, name, why.p, v[col].p, v[col].n);
	fs_warnx("%s", msg.p);
	fs_buf_free(&why);
	fs_buf_free(&msg);
	return -1;
}

static int
read_progress(struct report *rp)
{
	struct fs_run *run = rp->run;
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	const struct fs_format *fmt;
	struct village *vg;
	const char *missing;
	int rc;

	if (fs_run_open_side(run, &r, rp->progress_file, NULL, NULL) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	fmt = fs_tsv_col(&r, "category") >= 0 ? &progress_cat_fmt :
	    &progress_fmt;
	if (fs_format_bind(fmt, &r, &b, &missing) < 0) {
		fs_warnx("%s: missing column '%s'%s", r.name, missing,
		    fs_tsv_missing_hint(&r, missing, &run->msg));
		fs_tsv_close(&r);
		return 2;
	}
	rp->has_progress = 1;
	/* A village (and category) given twice is the key check's. */
	while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW) {
		vg = village_of(rp, &v[PRG_VILLAGE_ID]);
		vg->has_progress = 1;
		if (add_checked(&vg->total, v, PRG_TOTAL, &r) < 0 ||
		    add_checked(&vg->closed, v, PRG_CLOSED, &r) < 0 ||
		    add_checked(&vg->overdue, v, PRG_OVERDUE, &r) < 0) {
			rc = FS_RUN_STOP;
			break;
		}
	}
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

/* Putting the report in order. */

/* Sorts the findings in the stream's order and drops exact repeats. */
static void
merge_findings(struct fs_findings *f)
{
	size_t i;

	fs_findings_sort(f, 1);
	f->violations = f->warnings = 0;
	for (i = 0; i < f->n; i++)
		if (f->v[i].severity == FS_SEV_VIOLATION)
			f->violations++;
		else
			f->warnings++;
}

static int
village_cmp(const void *a, const void *b)
{
	const struct village *x = *(struct village *const *)a;
	const struct village *y = *(struct village *const *)b;

	if (x->county_rank != y->county_rank)
		return x->county_rank < y->county_rank ? -1 : 1;
	if (x->township_rank != y->township_rank)
		return x->township_rank < y->township_rank ? -1 : 1;
	if (x->listed != y->listed)
		return x->listed ? -1 : 1;
	if (x->listed && x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return strcmp(x->id, y->id);
}

static void
order_report(struct report *rp)
{
	struct fs_findings *f = &rp->run->fnd;
	struct village *vg;
	struct rule_count *rc = NULL;
	const char *lastv = NULL, *lastr = NULL;
	size_t i, k, place = 0, *at, *pl;

	/*
	 * Villages the findings name but --villages does not.  The
	 * findings are in order (merge_findings()): a village's are
	 * together, and its id is looked up once.
	 */
	for (i = 0; i < f->n; i++) {
		if (i + 8 < f->n)
			__builtin_prefetch(f->v[i + 8].village_id);
		if (f->v[i].village_id[0] != '\0' && (lastv == NULL ||
		    strcmp(f->v[i].village_id, lastv) != 0))
			village_get(rp, lastv = f->v[i].village_id,
			    strlen(f->v[i].village_id));
	}
	rp->nv = rp->villages.n;
	rp->vs = fs_xreallocarray(NULL, rp->nv + 1, sizeof(*rp->vs));
	for (i = 0; i < rp->nv; i++) {
		vg = rp->villages.order[i]->val;
		if (!vg->listed) {
			vg->county_rank = rank_of(&rp->counties, "", 0);
			vg->township_rank = township_rank(rp, "", "");
		}
		rp->vs[i] = vg;
	}
	if (rp->nv > 1)
		qsort(rp->vs, rp->nv, sizeof(*rp->vs), village_cmp);
	for (i = 0; i < rp->nv; i++)
		rp->vs[i]->first = i;	/* its place, for now */

	/*
	 * The items in the report's order: by the village's place (none's
	 * is nv, last), violations first, then in the stream's order.  A
	 * counting sort, stable, on 2 place, and 1 more for a warning.
	 */
	rp->nitems = f->n;
	rp->items = fs_xreallocarray(NULL, f->n + 1, sizeof(*rp->items));
	pl = fs_xreallocarray(NULL, f->n + 1, sizeof(*pl));
	at = fs_xreallocarray(NULL, 2 * rp->nv + 3, sizeof(*at));
	memset(at, 0, (2 * rp->nv + 3) * sizeof(*at));
	lastv = NULL;
	for (i = 0; i < f->n; i++) {
		if (i + 8 < f->n)
			fs_finding_prefetch(&f->v[i + 8]);
		if (lastr == NULL || strcmp(f->v[i].rule, lastr) != 0)
			rc = fs_table_get(&rp->rules, lastr = f->v[i].rule,
			    strlen(f->v[i].rule), NULL);
		if (f->v[i].severity == FS_SEV_VIOLATION) {
			rc->violations++;
			rp->violations++;
		} else {
			rc->warnings++;
			rp->warnings++;
		}
		if (f->v[i].village_id[0] == '\0') {
			place = rp->nv;
			lastv = NULL;
		} else if (lastv == NULL || strcmp(f->v[i].village_id,
		    lastv) != 0) {
			lastv = f->v[i].village_id;
			vg = fs_table_find(&rp->villages, lastv,
			    strlen(lastv));
			place = vg->first;
		}
		pl[i] = place;
		at[2 * place + (f->v[i].severity != FS_SEV_VIOLATION) + 1]++;
	}
	for (k = 0; k < 2 * rp->nv + 2; k++)
		at[k + 1] += at[k];
	for (i = 0; i < f->n; i++) {
		k = at[2 * pl[i] + (f->v[i].severity != FS_SEV_VIOLATION)]++;
		rp->items[k].f = &f->v[i];
		rp->items[k].stream = i;
		rp->items[k].village = pl[i];
	}
	free(at);
	free(pl);

	for (i = 0; i < rp->nv; i++) {
		rp->vs[i]->first = 0;
		rp->vs[i]->nfnd = 0;
	}
	rp->novillage = rp->nitems;
	for (i = 0; i < rp->nitems; i++) {
		if (rp->items[i].village == rp->nv) {
			if (rp->novillage == rp->nitems)
				rp->novillage = i;
			continue;
		}
		vg = rp->vs[rp->items[i].village];
		if (vg->nfnd++ == 0)
			vg->first = i;
		if (rp->items[i].f->severity == FS_SEV_VIOLATION)
			vg->violations++;
		else
			vg->warnings++;
	}
	for (i = 0; i < rp->nv; i++)
		if (rp->vs[i]->violations > 0)
			rp->with_violations++;
		else if (rp->vs[i]->warnings > 0)
			rp->with_warnings++;
}

/*
 * The groups of the report: a county, a township in it, a village in it.
 * Walking rp->vs in order, a county or township begins where its name
 * changes.
 */
static int
new_county(const struct report *rp, size_t i)
{
	return i == 0 || rp->vs[i]->county_rank != rp->vs[i - 1]->county_rank;
}

static int
new_township(const struct report *rp, size_t i)
{
	return new_county(rp, i) ||
	    rp->vs[i]->township_rank != rp->vs[i - 1]->township_rank;
}

/* The counts of the county or township that begins at village i. */
static void
group_counts(const struct report *rp, size_t i, int township, long *viol,
    long *warn)
{
	size_t j;

	*viol = *warn = 0;
	for (j = i; j < rp->nv; j++) {
		if (j > i && (township ? new_township(rp, j) :
		    new_county(rp, j)))
			break;
		*viol += rp->vs[j]->violations;
		*warn += rp->vs[j]->warnings;
	}
}

static int
group_has_findings(const struct report *rp, size_t i, int township)
{
	long v, w;

	group_counts(rp, i, township, &v, &w);
	return v + w > 0;
}

/*
 * Whether the villages are all in one county, and whether each county
 * has but one township: once, in one pass, for the headings (a heading
 * asked for village by village, the county of 80,000 unnamed villages
 * scanned anew each time, took 25 s).
 */
static void
mark_lone_groups(struct report *rp)
{
	size_t i, j, start;
	int towns;

	rp->one_county = 1;
	for (i = 0; i < rp->nv; i = j) {
		rp->one_county &= i == 0;
		for (start = i, towns = 1, j = i + 1; j < rp->nv &&
		    !new_county(rp, j); j++)
			towns += new_township(rp, j);
		for (; start < j; start++)
			rp->vs[start]->lone_township = towns == 1;
	}
}

/* The heading of the county of village i. */
static const char *
county_title(const struct report *rp, size_t i)
{
	if (rp->vs[i]->county[0] != '\0')
		return rp->vs[i]->county;
	return rp->one_county ? "Villages" : "(unnamed county)";
}

/* The heading of the township of village i; "" when none is shown. */
static const char *
township_title(const struct report *rp, size_t i)
{
	if (rp->vs[i]->township[0] != '\0')
		return rp->vs[i]->township;
	return rp->vs[i]->lone_township ? "" : "(no township)";
}

/*
 * "V01 石门村", or "V99 (not in villages.tsv)", or, for a village whose
 * row was put aside (--rejects), "V03 (its row in villages.tsv is put
 * aside)": it is not missing from the file, its row is to be mended.
 */
static const char *
village_label(struct report *rp, const struct village *vg)
{
	struct fs_buf *b = &rp->scratch2;

	fs_buf_reset(b);
	fs_buf_adds(b, vg->id);
	if (vg->name[0] != '\0')
		fs_buf_printf(b, " %s", vg->name);
	else if (rp->villages_file != NULL && !vg->listed &&
	    rp->aside.n > 0 && fs_table_find(&rp->aside, vg->id,
	    strlen(vg->id)) != NULL)
		fs_buf_printf(b, " (its row in %s is put aside)",
		    rp->villages_file);
	else if (rp->villages_file != NULL && !vg->listed)
		fs_buf_printf(b, " (not in %s)", rp->villages_file);
	sanitize(b);
	return b->p;
}

static const char *
counts_phrase(struct fs_buf *b, long viol, long warn)
{
	fs_buf_reset(b);
	if (viol + warn == 0)
		fs_buf_adds(b, "no findings");
	else
		fs_buf_printf(b, "%ld %s, %ld %s", viol,
		    plural(viol, "violation", "violations"), warn,
		    plural(warn, "warning", "warnings"));
	return b->p;
}

/* fs_percent_fmt(), or "-" for no items. */
static void
percent(char *buf, int64_t closed, int64_t total)
{
	if (total == 0)
		strcpy(buf, "-");
	else
		fs_percent_fmt(closed, total, buf);
}

/*
 * The length in pixels of part of a bar whose whole is total, to the
 * nearest pixel (1 and 6 findings beside 1000 are 0.48 and 2.88 pixels:
 * rounded down, both were the bar's least, 2).
 */
static long
bar_px(int64_t part, int64_t total)
{
	if (total <= 0)
		return 0;
	return (long)(((__int128)part * SVG_BAR_WIDTH * 2 + total) /
	    ((__int128)total * 2));
}

enum { PIECES_MAX = 3 };

/*
 * A bar of w pixels split into n pieces in proportion to part[] (which
 * add up to more than 0): the pixels left by rounding down go to the
 * largest remainders, and a piece that is not 0 gets a pixel at least,
 * taken from the longest: a count of 0 is not drawn, and no other is
 * lost (999 closed and 1 overdue of 1000).  w is at least the pieces
 * that are not 0.
 */
static void
split_px(const int64_t *part, int n, long w, long *px)
{
	__int128 total = 0, rem[PIECES_MAX];
	long left = w;
	int i, j, best;

	for (i = 0; i < n; i++)
		total += part[i];
	for (i = 0; i < n; i++) {
		px[i] = (long)((__int128)part[i] * w / total);
		rem[i] = (__int128)part[i] * w % total;
		left -= px[i];
	}
	for (; left > 0; left--) {
		for (best = 0, j = 1; j < n; j++)
			if (rem[j] > rem[best])
				best = j;
		px[best]++;
		rem[best] = -1;
	}
	for (i = 0; i < n; i++) {
		if (part[i] == 0 || px[i] > 0)
			continue;
		for (best = 0, j = 1; j < n; j++)
			if (px[j] > px[best])
				best = j;
		px[best]--;
		px[i] = 1;
	}
}

/* Text. */

/* Is p[0 .. n) ASCII?  Eight bytes at a time. */
static int
is_ascii(const char *p, size_t n)
{
	uint64_t x, hi = 0;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&x, p + i, 8);
		hi |= x;
	}
	for (; i < n; i++)
		hi |= (unsigned char)p[i];
	return (hi & 0x8080808080808080ULL) == 0;
}

/* Does the word hold a wide (Chinese) character?  It may break anywhere. */
static int
has_wide(const char *p, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		i += fs_utf8_decode(p + i, n - i, &cp);
		if (fs_cp_width(cp) == 2)
			return 1;
	}
	return 0;
}

/*
 * Writes s wrapped to TEXT_WIDTH columns: the first line indented by
 * first, the others by rest.  Lines break at spaces (a run of spaces
 * between two words is kept when they share a line).  A word with
 * Chinese in it, or one wider than a whole line, breaks where the line
 * is full.
 */
static void
text_wrap(struct fs_out *o, const char *s, size_t first, size_t rest)
{
	size_t n = strlen(s), i = 0, j, gap, w, k, fw, col = 0;
	size_t avail = TEXT_WIDTH - first;
	const char *sp;
	uint32_t cp;
	unsigned char hi = 0;
	int started = 0, ascii = is_ascii(s, n);

	/*
	 * ASCII that fits, without a space at either end, is one line as
	 * it is: what the words one by one would give.
	 */
	if (ascii && n > 0 && n <= avail && s[0] != ' ' && s[n - 1] != ' ') {
		out_spaces(o, first);
		fs_out_write(o, s, n);
		fs_out_char(o, '\n');
		return;
	}
	while (i < n) {
		for (gap = 0; i < n && s[i] == ' '; i++)
			gap++;
		if (i == n)
			break;
		/* An ASCII word (most are) is a column a byte. */
		if (ascii)
			j = (sp = memchr(s + i, ' ', n - i)) != NULL ?
			    (size_t)(sp - s) : n;
		else
			for (j = i, hi = 0; j < n && s[j] != ' '; j++)
				hi |= (unsigned char)s[j];
		w = hi < 0x80 ? j - i : fs_text_width(s + i, j - i);
		if (!started) {
			out_spaces(o, first);
			started = 1;
		} else if (col + gap + w <= avail) {
			out_spaces(o, gap);
			col += gap;
		} else if (col + 2 < avail &&
		    (has_wide(s + i, j - i) || w > TEXT_WIDTH - rest)) {
			fs_out_char(o, ' ');
			col++;
		} else {
			fs_out_char(o, '\n');
			avail = TEXT_WIDTH - rest;
			col = 0;
			out_spaces(o, rest);
		}
		while (i < j) {
			if (hi < 0x80)
				fw = k = j - i < avail - col ? j - i :
				    avail - col;
			else
				k = fs_text_fit(s + i, j - i, avail - col,
				    &fw);
			if (k == 0 && col == 0) {	/* no room at all */
				k = fs_utf8_decode(s + i, j - i, &cp);
				fw = fs_text_width(s + i, k);
			}
			fs_out_write(o, s + i, k);
			col += fw;
			i += k;
			if (i < j) {
				fs_out_char(o, '\n');
				avail = TEXT_WIDTH - rest;
				col = 0;
				out_spaces(o, rest);
			}
		}
	}
	fs_out_char(o, '\n');
}

/* Blocks (headings, paragraphs, tables) are parted by one blank line. */
static void
text_block(struct report *rp)
{
	if (rp->text_gap)
		fs_out_char(&rp->run->out, '\n');
	rp->text_gap = 1;
}

/*
 * A heading, underlined; one wider than a line (a county's long name)
 * wrapped as text is, its underline as wide as a line.
 */
static void
text_heading(struct report *rp, const char *title, char underline)
{
	struct fs_out *o = &rp->run->out;
	size_t w = width(title);

	text_block(rp);
	text_wrap(o, title, 0, 0);
	out_repeat(o, underline, w < TEXT_WIDTH ? w : TEXT_WIDTH);
	fs_out_char(o, '\n');
}

/*
 * A table row: name in namecol columns after indent (cut, with "...",
 * when it is wider), then the figures right-aligned in their columns.
 * Without figures, the name is not padded.
 */
static void
text_row(struct fs_out *o, size_t namecol, size_t indent, const char *name,
    const char *const *fig, const int *figw, int nfig)
{
	size_t n = strlen(name), w = fs_text_width(name, n), k, fw;
	size_t col = namecol - indent;
	int i;

	out_spaces(o, 2 + indent);
	if (w > col) {
		k = fs_text_fit(name, n, col - 3, &fw);
		fs_out_write(o, name, k);
		fs_out_str(o, "...");
		w = fw + 3;
	} else
		fs_out_str(o, name);
	if (nfig > 0)
		out_spaces(o, col - w);
	for (i = 0; i < nfig; i++) {
		n = width(fig[i]);
		out_spaces(o, (size_t)figw[i] > n ? (size_t)figw[i] - n + 2 : 2);
		fs_out_str(o, fig[i]);
	}
	fs_out_char(o, '\n');
}

static const int count_figw[] = { 10, 8 };
static const char *const count_cols[] = { "violations", "warnings" };

static void
text_counts_row(struct fs_out *o, size_t indent, const char *name,
    long viol, long warn)
{
	char v[FS_FMT_MAX], w[FS_FMT_MAX];
	const char *fig[2] = { v, w };

	fs_int_fmt(viol, v);
	fs_int_fmt(warn, w);
	text_row(o, NAME_COL, indent, name, fig, count_figw, 2);
}

static void
text_paragraph(struct report *rp, const char *s)
{
	text_block(rp);
	text_wrap(&rp->run->out, s, 0, 0);
}

static void
text_summary(struct report *rp)
{
	struct fs_out *o = &rp->run->out;
	struct fs_entry **rules;
	const struct rule_count *rc;
	const char *t;
	long cv, cw, nv = 0, nw = 0;
	size_t i, ind;

	text_heading(rp, "Summary", '-');
	fs_buf_reset(&rp->scratch);
	fs_buf_printf(&rp->scratch, "%ld %s: %ld %s, %ld %s.",
	    rp->violations + rp->warnings,
	    plural(rp->violations + rp->warnings, "finding", "findings"),
	    rp->violations, plural(rp->violations, "violation", "violations"),
	    rp->warnings, plural(rp->warnings, "warning", "warnings"));
	text_paragraph(rp, rp->scratch.p);
	if (rp->nv > 0) {
		fs_buf_reset(&rp->scratch);
		fs_buf_printf(&rp->scratch, "%zu %s: %ld with violations, "
		    "%ld with warnings only, %ld without findings.", rp->nv,
		    plural((long)rp->nv, "village", "villages"),
		    rp->with_violations, rp->with_warnings,
		    (long)rp->nv - rp->with_violations - rp->with_warnings);
		text_wrap(o, rp->scratch.p, 0, 0);
	}

	/* With no finding there is no rule to list, but villages may be. */
	if (rp->nitems > 0) {
		text_block(rp);
		text_row(o, NAME_COL, 0, "rule", count_cols, count_figw, 2);
		rules = fs_table_sorted(&rp->rules);
		for (i = 0; i < rp->rules.n; i++) {
			rc = rules[i]->val;
			text_counts_row(o, 0, clean(&rp->scratch,
			    rules[i]->key), rc->violations, rc->warnings);
		}
		free(rules);
		text_counts_row(o, 0, "total", rp->violations, rp->warnings);
	}

	if (rp->nv == 0 && rp->novillage == rp->nitems)
		return;
	text_block(rp);
	text_row(o, NAME_COL, 0, "village", count_cols, count_figw, 2);
	for (i = 0; i < rp->nv; i++) {
		if (new_county(rp, i)) {
			group_counts(rp, i, 0, &cv, &cw);
			text_counts_row(o, 0, clean(&rp->scratch,
			    county_title(rp, i)), cv, cw);
		}
		ind = 2;
		t = township_title(rp, i);
		if (t[0] != '\0') {
			if (new_township(rp, i)) {
				group_counts(rp, i, 1, &cv, &cw);
				text_counts_row(o, ind, clean(&rp->scratch, t),
				    cv, cw);
			}
			ind += 2;
		}
		text_counts_row(o, ind, village_label(rp, rp->vs[i]),
		    rp->vs[i]->violations, rp->vs[i]->warnings);
	}
	if (rp->novillage < rp->nitems) {
		for (i = rp->novillage; i < rp->nitems; i++)
			if (rp->items[i].f->severity == FS_SEV_VIOLATION)
				nv++;
			else
				nw++;
		text_counts_row(o, 0, "(no village)", nv, nw);
	}
}

enum { PROGRESS_FIGS = 4 };

/* The progress figures of a village: total, closed, overdue, closed%. */
static void
progress_figures(const struct village *vg, char fig[][FS_FMT_MAX])
{
	fs_int_fmt(vg->total, fig[0]);
	fs_int_fmt(vg->closed, fig[1]);
	fs_int_fmt(vg->overdue, fig[2]);
	percent(fig[3], vg->closed, vg->total);
}

/*
 * A row of the progress table: on one line, or with wrap, the name on a
 * line of its own (cut when wider than a line) and the figures below it.
 */
static void
text_progress_row(struct fs_out *o, size_t namecol, int wrap,
    const char *name, const char *const *fig, const int *figw)
{
	if (wrap) {
		text_row(o, TEXT_WIDTH - 2, 0, name, NULL, NULL, 0);
		name = "";
	}
	text_row(o, namecol, 0, name, fig, figw, PROGRESS_FIGS);
}

/*
 * Each figure's column is as wide as its widest value or its heading.
 * The name column is PROGRESS_NAME_COL wide, or narrowed to what the
 * figures leave of a line; when that is less than PROGRESS_MIN_NAME_COL
 * (three counts of 13 digits leave 13), each village takes two lines.
 */
static void
text_progress(struct report *rp)
{
	static const char *const cols[PROGRESS_FIGS] = { "total", "closed",
	    "overdue", "closed%" };
	struct fs_out *o = &rp->run->out;
	char buf[PROGRESS_FIGS][FS_FMT_MAX];
	const char *fig[PROGRESS_FIGS];
	int figw[PROGRESS_FIGS];
	size_t i, j, w, used = 2, namecol;
	int wrap;

	for (j = 0; j < PROGRESS_FIGS; j++) {
		fig[j] = buf[j];
		figw[j] = (int)width(cols[j]);
	}
	for (i = 0; i < rp->nv; i++) {
		if (!rp->vs[i]->has_progress)
			continue;
		progress_figures(rp->vs[i], buf);
		for (j = 0; j < PROGRESS_FIGS; j++)
			if ((w = strlen(buf[j])) > (size_t)figw[j])
				figw[j] = (int)w;
	}
	for (j = 0; j < PROGRESS_FIGS; j++)
		used += 2 + (size_t)figw[j];
	namecol = used < TEXT_WIDTH ? TEXT_WIDTH - used : 0;
	if (namecol > PROGRESS_NAME_COL)
		namecol = PROGRESS_NAME_COL;
	wrap = namecol < PROGRESS_MIN_NAME_COL;

	text_heading(rp, "Rectification progress", '-');
	text_block(rp);
	text_progress_row(o, namecol, wrap, "village", cols, figw);
	for (i = 0; i < rp->nv; i++) {
		if (!rp->vs[i]->has_progress)
			continue;
		progress_figures(rp->vs[i], buf);
		text_progress_row(o, namecol, wrap,
		    village_label(rp, rp->vs[i]), fig, figw);
	}
}

/*
 * A finding: "severity  rule  entity entity_id  period", then its detail
 * and source indented below.
 */
static void
text_finding(struct report *rp, const struct fs_finding *f)
{
	struct fs_out *o = &rp->run->out;
	struct fs_buf *b = &rp->scratch;

	/* "%-9s  %s  %s", " %s", "  %s", without a format to parse. */
	fs_buf_reset(b);
	fs_buf_adds(b, f->severity == FS_SEV_VIOLATION ? "violation  " :
	    "warning    ");
	fs_buf_adds(b, f->rule);
	fs_buf_add(b, "  ", 2);
	fs_buf_adds(b, f->entity);
	if (f->entity_id[0] != '\0') {
		fs_buf_add(b, " ", 1);
		fs_buf_adds(b, f->entity_id);
	}
	if (f->period[0] != '\0') {
		fs_buf_add(b, "  ", 2);
		fs_buf_adds(b, f->period);
	}
	sanitize(b);
	text_wrap(o, b->p, 2, DETAIL_INDENT);
	fs_buf_reset(b);
	fs_buf_adds(b, f->detail);
	if (f->source[0] != '\0') {
		if (f->detail[0] != '\0')
			fs_buf_add(b, " ", 1);
		fs_buf_add(b, "[", 1);
		fs_buf_adds(b, f->source);
		fs_buf_add(b, "]", 1);
	}
	sanitize(b);
	if (b->n > 0)
		text_wrap(o, b->p, DETAIL_INDENT, DETAIL_INDENT);
}

static void
text_findings(struct report *rp, size_t first, size_t n)
{
	size_t i;

	text_block(rp);
	for (i = first; i < first + n; i++) {
		if (i + 8 < first + n)
			fs_finding_prefetch(rp->items[i + 8].f);
		text_finding(rp, rp->items[i].f);
	}
}

/* The parts of a text report, in the order report_walk() asks for them. */
static void
text_begin(struct report *rp)
{
	char date[FS_FMT_MAX];

	fs_date_fmt(rp->run->as_of, date);
	fs_buf_reset(&rp->scratch2);
	fs_buf_printf(&rp->scratch2, "Compliance report as of %s", date);
	text_heading(rp, rp->scratch2.p, '=');
}

static void
text_county(struct report *rp, size_t i)
{
	text_heading(rp, clean(&rp->scratch, county_title(rp, i)), '=');
}

static void
text_township(struct report *rp, const char *t)
{
	text_heading(rp, clean(&rp->scratch, t), '-');
}

static void
text_village(struct report *rp, size_t i)
{
	const struct village *vg = rp->vs[i];
	char *t;

	fs_buf_reset(&rp->scratch);
	fs_buf_printf(&rp->scratch, "%s: ", village_label(rp, vg));
	counts_phrase(&rp->scratch2, vg->violations, vg->warnings);
	fs_buf_adds(&rp->scratch, rp->scratch2.p);
	t = fs_xstrndup(rp->scratch.p, rp->scratch.n);
	text_block(rp);
	text_wrap(&rp->run->out, t, 0, 2);
	free(t);
	text_findings(rp, vg->first, vg->nfnd);
}

static void
text_end(struct report *rp)
{
	if (rp->novillage < rp->nitems) {
		text_heading(rp, "Not tied to a village", '=');
		text_findings(rp, rp->novillage, rp->nitems - rp->novillage);
	}
}

/* Markdown. */

/*
 * The bytes that end a run of bytes written as they are, t[byte] 1: the
 * NUL at the end, a byte that may begin a control character
 * (fs_control_len()), and the characters of marks.  Filled on first use
 * (t[0], the NUL's, is 1 once it is).
 */
static const unsigned char *
stop_table(unsigned char t[256], const char *marks)
{
	int c;

	if (t[0] == 0)
		for (c = 255; c >= 0; c--)
			t[c] = c < 0x20 || c == 0x7f || c == 0xc2 ||
			    (c != 0 && strchr(marks, c) != NULL);
	return t;
}

/*
 * Writes the bytes of s up to the first that stop marks, at once: where
 * that byte is (the NUL at s's end, at the latest).
 */
static const char *
put_run(struct fs_out *o, const char *s, const unsigned char *stop)
{
	size_t k;

	for (k = 0; !stop[(unsigned char)s[k]]; k++)
		continue;
	fs_out_write(o, s, k);
	return s + k;
}

/*
 * Writes s with the characters Markdown could read as markup in a table
 * cell or a heading escaped by a backslash, and control characters as
 * spaces.
 */
static void
md_text(struct fs_out *o, const char *s)
{
	static unsigned char table[256];
	const unsigned char *stop = stop_table(table, "\\`*_[]<>|~&#");
	size_t k;

	for (; *(s = put_run(o, s, stop)) != '\0'; s++) {
		/* s ends with a NUL: its second byte can be read. */
		if ((k = fs_control_len(s, 2)) > 0) {
			fs_out_char(o, ' ');
			s += k - 1;
			continue;
		}
		if (strchr("\\`*_[]<>|~&#", *s) != NULL)
			fs_out_char(o, '\\');
		fs_out_char(o, *s);
	}
}

/* v in decimal, in b (FS_FMT_MAX bytes). */
static const char *
num(char *b, long v)
{
	fs_int_fmt(v, b);
	return b;
}

/*
 * A table row: first as it is (markup such as "**total**"; NULL: none),
 * then the n cells escaped.
 */
static void
md_row(struct fs_out *o, const char *first, const char *const *cell,
    size_t n)
{
	size_t i;

	fs_out_str(o, "|");
	if (first != NULL) {
		fs_out_char(o, ' ');
		fs_out_str(o, first);
		fs_out_str(o, " |");
	}
	for (i = 0; i < n; i++) {
		fs_out_char(o, ' ');
		md_text(o, cell[i]);
		fs_out_str(o, " |");
	}
	fs_out_char(o, '\n');
}

/*
 * The totals of the county (township 0) or the township that village i
 * begins, its name in bold: "| **C** |  |  | 1 | 0 |".
 */
static void
md_total_row(struct report *rp, size_t i, int township)
{
	struct fs_out *o = &rp->run->out;
	char v[FS_FMT_MAX], w[FS_FMT_MAX];
	long cv, cw;

	group_counts(rp, i, township, &cv, &cw);
	fs_out_str(o, "| ");
	if (township) {
		md_text(o, county_title(rp, i));
		fs_out_str(o, " | ");
	}
	fs_out_str(o, "**");
	md_text(o, township ? township_title(rp, i) : county_title(rp, i));
	fs_out_str(o, township ? "** |  | " : "** |  |  | ");
	fs_out_str(o, num(v, cv));
	fs_out_str(o, " | ");
	fs_out_str(o, num(w, cw));
	fs_out_str(o, " |\n");
}

static void
md_summary(struct report *rp)
{
	struct fs_out *o = &rp->run->out;
	struct fs_entry **rules;
	const struct rule_count *rc;
	char v[FS_FMT_MAX], w[FS_FMT_MAX];
	long nv = 0, nw = 0;
	size_t i;

	fs_out_str(o, "## Summary\n\n");
	fs_buf_reset(&rp->scratch);
	fs_buf_printf(&rp->scratch, "%ld %s: **%ld %s**, %ld %s.\n",
	    rp->violations + rp->warnings,
	    plural(rp->violations + rp->warnings, "finding", "findings"),
	    rp->violations, plural(rp->violations, "violation", "violations"),
	    rp->warnings, plural(rp->warnings, "warning", "warnings"));
	if (rp->nv > 0)
		fs_buf_printf(&rp->scratch, "%zu %s: %ld with violations, "
		    "%ld with warnings only, %ld without findings.\n", rp->nv,
		    plural((long)rp->nv, "village", "villages"),
		    rp->with_violations, rp->with_warnings,
		    (long)rp->nv - rp->with_violations - rp->with_warnings);
	fs_out_str(o, rp->scratch.p);

	/* With no finding there is no rule to list, but villages may be. */
	if (rp->nitems > 0) {
		fs_out_str(o, "\n| rule | violations | warnings |\n"
		    "|:--|--:|--:|\n");
		rules = fs_table_sorted(&rp->rules);
		for (i = 0; i < rp->rules.n; i++) {
			rc = rules[i]->val;
			md_row(o, NULL, (const char *const []){ rules[i]->key,
			    num(v, rc->violations), num(w, rc->warnings) }, 3);
		}
		free(rules);
		md_row(o, "**total**", (const char *const []){
		    num(v, rp->violations), num(w, rp->warnings) }, 2);
	}

	if (rp->nv == 0 && rp->novillage == rp->nitems)
		return;
	fs_out_str(o, "\n| county | township | village | violations | "
	    "warnings |\n|:--|:--|:--|--:|--:|\n");
	for (i = 0; i < rp->nv; i++) {
		/* A county's and a township's totals, as in the text. */
		if (new_county(rp, i))
			md_total_row(rp, i, 0);
		if (township_title(rp, i)[0] != '\0' && new_township(rp, i))
			md_total_row(rp, i, 1);
		md_row(o, NULL, (const char *const []){ county_title(rp, i),
		    township_title(rp, i), village_label(rp, rp->vs[i]),
		    num(v, rp->vs[i]->violations),
		    num(w, rp->vs[i]->warnings) }, 5);
	}
	if (rp->novillage < rp->nitems) {
		for (i = rp->novillage; i < rp->nitems; i++)
			if (rp->items[i].f->severity == FS_SEV_VIOLATION)
				nv++;
			else
				nw++;
		md_row(o, NULL, (const char *const []){ "", "",
		    "(no village)", num(v, nv), num(w, nw) }, 5);
	}
}

static void
md_progress(struct report *rp)
{
	struct fs_out *o = &rp->run->out;
	const struct village *vg;
	char p[FS_FMT_MAX], t[FS_FMT_MAX], c[FS_FMT_MAX], d[FS_FMT_MAX];
	size_t i;

	fs_out_str(o, "\n## Rectification progress\n\n"
	    "| village | total | closed | overdue | closed % |\n"
	    "|:--|--:|--:|--:|--:|\n");
	for (i = 0; i < rp->nv; i++) {
		vg = rp->vs[i];
		if (!vg->has_progress)
			continue;
		percent(p, vg->closed, vg->total);
		md_row(o, NULL, (const char *const []){ village_label(rp, vg),
		    num(t, (long)vg->total), num(c, (long)vg->closed),
		    num(d, (long)vg->overdue), p }, 5);
	}
}

static void
md_findings(struct report *rp, size_t first, size_t n)
{
	struct fs_out *o = &rp->run->out;
	const struct fs_finding *f;
	size_t i;

	fs_out_str(o, "| severity | rule | entity | entity_id | period | "
	    "detail | source |\n|:--|:--|:--|:--|:--|:--|:--|\n");
	for (i = first; i < first + n; i++) {
		if (i + 8 < first + n)
			fs_finding_prefetch(rp->items[i + 8].f);
		f = rp->items[i].f;
		md_row(o, f->severity == FS_SEV_VIOLATION ? "**violation**" :
		    "warning", (const char *const []){ f->rule, f->entity,
		    f->entity_id, f->period, f->detail, f->source }, 6);
	}
}

static void
md_begin(struct report *rp)
{
	struct fs_out *o = &rp->run->out;
	char date[FS_FMT_MAX];

	fs_date_fmt(rp->run->as_of, date);
	fs_out_str(o, "# Compliance report as of ");
	fs_out_str(o, date);
	fs_out_str(o, "\n\n");
}

/* A heading, marks ("##" ...) and its title, on a line of its own. */
static void
md_heading(struct fs_out *o, const char *marks, const char *title)
{
	fs_out_char(o, '\n');
	fs_out_str(o, marks);
	fs_out_char(o, ' ');
	md_text(o, title);
	fs_out_char(o, '\n');
}

static void
md_county(struct report *rp, size_t i)
{
	md_heading(&rp->run->out, "##", county_title(rp, i));
}

static void
md_township(struct report *rp, const char *t)
{
	md_heading(&rp->run->out, "###", t);
}

static void
md_village(struct report *rp, size_t i)
{
	struct fs_out *o = &rp->run->out;
	const struct village *vg = rp->vs[i];

	md_heading(o, "####", village_label(rp, vg));
	fs_out_char(o, '\n');
	fs_out_str(o, counts_phrase(&rp->scratch, vg->violations,
	    vg->warnings));
	fs_out_str(o, ".\n\n");
	md_findings(rp, vg->first, vg->nfnd);
}

static void
md_end(struct report *rp)
{
	if (rp->novillage < rp->nitems) {
		fs_out_str(&rp->run->out, "\n## Not tied to a village\n\n");
		md_findings(rp, rp->novillage, rp->nitems - rp->novillage);
	}
}

/* HTML. */

/* Writes s with & < > " ' as entities and control characters as spaces. */
static void
html_text(struct fs_out *o, const char *s)
{
	static unsigned char table[256];
	const unsigned char *stop = stop_table(table, "&<>\"'");
	size_t k;

	for (; *(s = put_run(o, s, stop)) != '\0'; s++) {
		switch (*s) {
		case '&':
			fs_out_str(o, "&amp;");
			break;
		case '<':
			fs_out_str(o, "&lt;");
			break;
		case '>':
			fs_out_str(o, "&gt;");
			break;
		case '"':
			fs_out_str(o, "&quot;");
			break;
		case '\'':
			fs_out_str(o, "&#39;");
			break;
		default:
			if ((k = fs_control_len(s, 2)) > 0) {
				fs_out_char(o, ' ');
				s += k - 1;
			} else
				fs_out_char(o, *s);
		}
	}
}

/* The page's style: no fonts, images or scripts from anywhere. */
static const char html_style[] =
"body{font-family:sans-serif;color:#222;margin:1.5em auto;max-width:64em;"
"padding:0 1em;line-height:1.4}\n"
"h1{font-size:1.6em;border-bottom:2px solid #444}\n"
"h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #aaa}\n"
"h3{font-size:1.1em}\n"
"h4{font-size:1em;margin-bottom:.3em}\n"
"h4 small{font-weight:normal;color:#555}\n"
"table{border-collapse:collapse;margin:.5em 0 1em}\n"
"th,td{text-align:left;padding:.2em .6em;border-bottom:1px solid #ddd;"
"vertical-align:top}\n"
"th{background:#f2f2f2}\n"
"div.rules{columns:2 24em;column-gap:2.5em;margin:.5em 0 1em}\n"
"div.rules table{break-inside:avoid;width:100%;margin:0 0 1em}\n"
"td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\n"
"tr.county td{font-weight:bold;background:#fafafa}\n"
"td.township{padding-left:1.6em}\n"
"td.village{padding-left:3em}\n"
".sev-violation{color:#b03020;font-weight:bold}\n"
".sev-warning{color:#9a6400}\n"
"svg.chart{display:block;margin:.5em 0 1em;max-width:100%;height:auto}\n"
"svg.chart text{font-family:sans-serif;font-size:12px;fill:#222}\n"
"svg.chart text.none{fill:#888}\n"
"p.totals{font-size:1.1em}\n"
"footer{margin-top:2em;color:#777;font-size:.85em}\n";

enum { CLR_VIOLATION, CLR_WARNING, CLR_CLOSED, CLR_OPEN, CLR_OVERDUE };
static const char *const colour[] = {
	[CLR_VIOLATION] = "#c0392b",
	[CLR_WARNING] = "#e8a317",
	[CLR_CLOSED] = "#2e8b57",
	[CLR_OPEN] = "#c8c8c8",
	[CLR_OVERDUE] = "#c0392b",
};

static void
svg_num(struct fs_out *o, const char *attr, long v)
{
	fs_out_char(o, ' ');
	fs_out_str(o, attr);
	fs_out_str(o, "=\"");
	out_long(o, v);
	fs_out_char(o, '"');
}

/* A bar piece with its tooltip; nothing when it has no width. */
static void
svg_rect(struct fs_out *o, const char *cls, int clr, long x, long y, long w,
    long h, const char *tip)
{
	if (w <= 0)
		return;
	fs_out_str(o, "<rect class=\"");
	fs_out_str(o, cls);
	fs_out_char(o, '"');
	svg_num(o, "x", x);
	svg_num(o, "y", y);
	svg_num(o, "width", w);
	svg_num(o, "height", h);
	fs_out_str(o, " fill=\"");
	fs_out_str(o, colour[clr]);
	fs_out_str(o, "\">");
	if (tip != NULL) {
		fs_out_str(o, "<title>");
		html_text(o, tip);
		fs_out_str(o, "</title>");
	}
	fs_out_str(o, "</rect>\n");
}

/* The village labels end at their x, beside the bars. */
static const char LABEL_ATTRS[] = " text-anchor=\"end\"";

/* A text at x, y; attrs: more attributes (" class=\"none\""), or NULL. */
static void
svg_text(struct fs_out *o, long x, long y, const char *attrs,
    const char *s)
{
	fs_out_str(o, "<text");
	svg_num(o, "x", x);
	svg_num(o, "y", y);
	if (attrs != NULL)
		fs_out_str(o, attrs);
	fs_out_char(o, '>');
	html_text(o, s);
	fs_out_str(o, "</text>\n");
}

static void
svg_begin(struct fs_out *o, const char *id, const char *label, long w,
    long h)
{
	fs_out_str(o, "<svg id=\"");
	fs_out_str(o, id);
	fs_out_str(o, "\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\"");
	svg_num(o, "width", w);
	svg_num(o, "height", h);
	fs_out_str(o, " viewBox=\"0 0 ");
	out_long(o, w);
	fs_out_char(o, ' ');
	out_long(o, h);
	fs_out_str(o, "\" role=\"img\" aria-label=\"");
	html_text(o, label);
	fs_out_str(o, "\">\n");
}

static void
svg_legend(struct fs_out *o, long x, const char *const *names,
    const int *clr, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		svg_rect(o, "legend", clr[i], x, 8, 12, 12, NULL);
		svg_text(o, x + 16, 18, NULL, names[i]);
		x += 16 + (long)strlen(names[i]) * SVG_COL_PX + 20;
	}
}

/* A chart's label for the village: cut, with an ellipsis, when long. */
static const char *
chart_label(struct report *rp, const struct village *vg)
{
	struct fs_buf *b = &rp->scratch2;
	const char *s = village_label(rp, vg);
	size_t k, fw;

	if (width(s) <= SVG_LABEL_MAX)
		return s;
	k = fs_text_fit(s, b->n, SVG_LABEL_MAX - 1, &fw);
	b->n = k;
	fs_buf_adds(b, "\u2026");
	return b->p;
}

/* The room the village labels need, in pixels. */
static long
label_px(struct report *rp, int progress_only)
{
	size_t i, w, max = 8;

	for (i = 0; i < rp->nv; i++) {
		if (progress_only && !rp->vs[i]->has_progress)
			continue;
		w = width(chart_label(rp, rp->vs[i]));
		if (w > max)
			max = w;
	}
	return (long)max * SVG_COL_PX + 2 * SVG_GAP;
}

/* Findings per village by severity: one stacked bar per village. */
static void
html_chart_findings(struct report *rp)
{
	static const char *const names[] = { "violations", "warnings" };
	static const int clr[] = { CLR_VIOLATION, CLR_WARNING };
	struct fs_out *o = &rp->run->out;
	const struct village *vg;
	long lx = label_px(rp, 0), max = 1, y, wv, ww, w, px[2];
	int64_t part[2];
	char tip[256];
	size_t i;

	for (i = 0; i < rp->nv; i++)
		if (rp->vs[i]->violations + rp->vs[i]->warnings > max)
			max = rp->vs[i]->violations + rp->vs[i]->warnings;
	svg_begin(o, "chart-findings", "Findings per village by severity",
	    lx + SVG_BAR_WIDTH + SVG_NUMBERS,
	    SVG_TOP + (long)rp->nv * SVG_ROW + SVG_GAP);
	svg_legend(o, lx, names, clr, 2);
	for (i = 0; i < rp->nv; i++) {
		vg = rp->vs[i];
		y = SVG_TOP + (long)i * SVG_ROW;
		svg_text(o, lx - SVG_GAP, y + 11, LABEL_ATTRS,
		    chart_label(rp, vg));
		wv = ww = 0;
		if (vg->violations + vg->warnings > 0) {
			part[0] = vg->violations;
			part[1] = vg->warnings;
			w = bar_px(part[0] + part[1], max);
			split_px(part, 2, w > 2 ? w : 2, px);
			wv = px[0];
			ww = px[1];
		}
		snprintf(tip, sizeof(tip), "%ld %s", vg->violations,
		    plural(vg->violations, "violation", "violations"));
		svg_rect(o, "bar violation", CLR_VIOLATION, lx, y, wv,
		    SVG_BAR, tip);
		snprintf(tip, sizeof(tip), "%ld %s", vg->warnings,
		    plural(vg->warnings, "warning", "warnings"));
		svg_rect(o, "bar warning", CLR_WARNING, lx + wv, y, ww,
		    SVG_BAR, tip);
		svg_text(o, lx + wv + ww + SVG_GAP, y + 11,
		    wv + ww == 0 ? " class=\"none\"" : NULL, counts_phrase(&rp->scratch, vg->violations, vg->warnings));
	}
	fs_out_str(o, "</svg>\n");
}

/* Rectification progress: one bar per village, closed, open, overdue. */
static void
html_chart_progress(struct report *rp)
{
	static const char *const names[] = { "closed", "open", "overdue" };
	static const int clr[] = { CLR_CLOSED, CLR_OPEN, CLR_OVERDUE };
	struct fs_out *o = &rp->run->out;
	const struct village *vg;
	long lx = label_px(rp, 1), y, wc, wd, wo, n = 0, px[3];
	int64_t part[3];
	char tip[256], p[FS_FMT_MAX];
	size_t i;

	for (i = 0; i < rp->nv; i++)
		n += rp->vs[i]->has_progress;
	svg_begin(o, "chart-progress", "Rectification progress per village",
	    lx + SVG_BAR_WIDTH + SVG_NUMBERS, SVG_TOP + n * SVG_ROW + SVG_GAP);
	svg_legend(o, lx, names, clr, 3);
	y = SVG_TOP;
	for (i = 0; i < rp->nv; i++) {
		vg = rp->vs[i];
		if (!vg->has_progress)
			continue;
		svg_text(o, lx - SVG_GAP, y + 11, LABEL_ATTRS,
		    chart_label(rp, vg));
		wc = wo = wd = 0;
		if (vg->total > 0) {
			part[0] = vg->closed;
			part[1] = vg->total - vg->closed - vg->overdue;
			part[2] = vg->overdue;
			split_px(part, 3, SVG_BAR_WIDTH, px);
			wc = px[0];
			wo = px[1];
			wd = px[2];
		}
		snprintf(tip, sizeof(tip), "%lld closed",
		    (long long)vg->closed);
		svg_rect(o, "bar closed", CLR_CLOSED, lx, y, wc, SVG_BAR, tip);
		snprintf(tip, sizeof(tip), "%lld open, not overdue",
		    (long long)(vg->total - vg->closed - vg->overdue));
		svg_rect(o, "bar open", CLR_OPEN, lx + wc, y, wo, SVG_BAR,
		    tip);
		snprintf(tip, sizeof(tip), "%lld overdue",
		    (long long)vg->overdue);
		svg_rect(o, "bar overdue", CLR_OVERDUE, lx + wc + wo, y, wd,
		    SVG_BAR, tip);
		percent(p, vg->closed, vg->total);
		snprintf(tip, sizeof(tip), "%lld/%lld (%s%%)",
		    (long long)vg->closed, (long long)vg->total, p);
		svg_text(o, lx + SVG_BAR_WIDTH + SVG_GAP, y + 11, NULL, tip);
		y += SVG_ROW;
	}
	fs_out_str(o, "</svg>\n");
}

static void
html_td(struct fs_out *o, const char *cls, const char *s)
{
	fs_out_str(o, "<td");
	if (cls != NULL) {
		fs_out_str(o, " class=\"");
		fs_out_str(o, cls);
		fs_out_char(o, '"');
	}
	fs_out_char(o, '>');
	html_text(o, s);
	fs_out_str(o, "</td>");
}

static void
html_td_num(struct fs_out *o, long v)
{
	fs_out_str(o, "<td class=\"n\">");
	out_long(o, v);
	fs_out_str(o, "</td>");
}

/* The id of village i's section. */
static void
html_village_anchor(struct fs_out *o, size_t i)
{
	fs_out_str(o, "village-");
	out_long(o, (long)i + 1);
}

/* A rule's area: its name up to the first dot ("attendance"). */
static size_t
area_len(const char *rule)
{
	const char *dot = strchr(rule, '.');

	return dot != NULL ? (size_t)(dot - rule) : strlen(rule);
}

static int
same_area(const char *a, const char *b)
{
	size_t n = area_len(a);

	return n == area_len(b) && memcmp(a, b, n) == 0;
}

static void
html_area(struct fs_out *o, const char *rule)
{
	struct fs_buf b = { 0 };

	fs_buf_add(&b, rule, area_len(rule));
	html_text(o, b.p);
	fs_buf_free(&b);
}

static void
html_summary(struct report *rp)
{
	struct fs_out *o = &rp->run->out;
	struct fs_entry **rules;
	const struct rule_count *rc;
	const char *t;
	long cv, cw, nv = 0, nw = 0;
	size_t i;

	fs_out_str(o, "<section id=\"summary\">\n<h2>Summary</h2>\n"
	    "<p class=\"totals\"><span class=\"sev-violation\">");
	out_long(o, rp->violations);
	fs_out_char(o, ' ');
	fs_out_str(o, plural(rp->violations, "violation", "violations"));
	fs_out_str(o, "</span>, <span class=\"sev-warning\">");
	out_long(o, rp->warnings);
	fs_out_char(o, ' ');
	fs_out_str(o, plural(rp->warnings, "warning", "warnings"));
	fs_out_str(o, "</span> (");
	out_long(o, rp->violations + rp->warnings);
	fs_out_char(o, ' ');
	fs_out_str(o, plural(rp->violations + rp->warnings, "finding",
	    "findings"));
	fs_out_str(o, ").</p>\n");
	if (rp->nv > 0) {
		fs_buf_reset(&rp->scratch);
		fs_buf_printf(&rp->scratch, "<p>%zu %s: %ld with violations, "
		    "%ld with warnings only, %ld without findings.</p>\n",
		    rp->nv, plural((long)rp->nv, "village", "villages"),
		    rp->with_violations, rp->with_warnings,
		    (long)rp->nv - rp->with_violations - rp->with_warnings);
		fs_out_str(o, rp->scratch.p);
		fs_out_str(o, "<h3>Findings per village</h3>\n");
		html_chart_findings(rp);
	}
	if (rp->nitems > 0) {
		fs_out_str(o, "<h3>By rule</h3>\n<div class=\"rules\">\n");
		rules = fs_table_sorted(&rp->rules);
		for (i = 0; i < rp->rules.n; i++) {
			if (i == 0 || !same_area(rules[i - 1]->key,
			    rules[i]->key)) {
				if (i > 0)
					fs_out_str(o, "</table>\n");
				fs_out_str(o, "<table>\n<tr><th>");
				html_area(o, rules[i]->key);
				fs_out_str(o, "</th><th class=\"n\">violations</th>"
				    "<th class=\"n\">warnings</th></tr>\n");
			}
			rc = rules[i]->val;
			fs_out_str(o, "<tr>");
			html_td(o, NULL, rules[i]->key);
			html_td_num(o, rc->violations);
			html_td_num(o, rc->warnings);
			fs_out_str(o, "</tr>\n");
		}
		free(rules);
		fs_out_str(o, "</table>\n</div>\n");
	}
	if (rp->nv == 0 && rp->novillage == rp->nitems) {
		fs_out_str(o, "</section>\n");
		return;
	}
	fs_out_str(o, "<h3>By village</h3>\n<table class=\"villages\">\n"
	    "<tr><th>county, township, village</th>"
	    "<th class=\"n\">violations</th><th class=\"n\">warnings</th>"
	    "</tr>\n");
	for (i = 0; i < rp->nv; i++) {
		if (new_county(rp, i)) {
			group_counts(rp, i, 0, &cv, &cw);
			fs_out_str(o, "<tr class=\"county\">");
			html_td(o, NULL, county_title(rp, i));
			html_td_num(o, cv);
			html_td_num(o, cw);
			fs_out_str(o, "</tr>\n");
		}
		t = township_title(rp, i);
		if (t[0] != '\0' && new_township(rp, i)) {
			group_counts(rp, i, 1, &cv, &cw);
			fs_out_str(o, "<tr>");
			html_td(o, "township", t);
			html_td_num(o, cv);
			html_td_num(o, cw);
			fs_out_str(o, "</tr>\n");
		}
		fs_out_str(o, "<tr><td class=\"village\">");
		if (rp->vs[i]->nfnd > 0) {
			fs_out_str(o, "<a href=\"#");
			html_village_anchor(o, i);
			fs_out_str(o, "\">");
		}
		html_text(o, village_label(rp, rp->vs[i]));
		if (rp->vs[i]->nfnd > 0)
			fs_out_str(o, "</a>");
		fs_out_str(o, "</td>");
		html_td_num(o, rp->vs[i]->violations);
		html_td_num(o, rp->vs[i]->warnings);
		fs_out_str(o, "</tr>\n");
	}
	if (rp->novillage < rp->nitems) {
		for (i = rp->novillage; i < rp->nitems; i++)
			if (rp->items[i].f->severity == FS_SEV_VIOLATION)
				nv++;
			else
				nw++;
		fs_out_str(o, "<tr class=\"county\"><td><a href=\"#novillage\">"
		    "(no village)</a></td>");
		html_td_num(o, nv);
		html_td_num(o, nw);
		fs_out_str(o, "</tr>\n");
	}
	fs_out_str(o, "</table>\n</section>\n");
}

static void
html_progress(struct report *rp)
{
	struct fs_out *o = &rp->run->out;
	const struct village *vg;
	char p[FS_FMT_MAX];
	size_t i;

	fs_out_str(o, "<section id=\"progress\">\n"
	    "<h2>Rectification progress</h2>\n");
	html_chart_progress(rp);
	fs_out_str(o, "<table class=\"progress\">\n<tr><th>village</th>"
	    "<th class=\"n\">total</th><th class=\"n\">closed</th>"
	    "<th class=\"n\">overdue</th><th class=\"n\">closed %</th></tr>\n");
	for (i = 0; i < rp->nv; i++) {
		vg = rp->vs[i];
		if (!vg->has_progress)
			continue;
		fs_out_str(o, "<tr>");
		html_td(o, NULL, village_label(rp, vg));
		html_td_num(o, (long)vg->total);
		html_td_num(o, (long)vg->closed);
		html_td_num(o, (long)vg->overdue);
		percent(p, vg->closed, vg->total);
		html_td(o, "n", p);
		fs_out_str(o, "</tr>\n");
	}
	fs_out_str(o, "</table>\n</section>\n");
}

static void
html_findings(struct report *rp, size_t first, size_t n)
{
	struct fs_out *o = &rp->run->out;
	const struct fs_finding *f;
	size_t i;

	fs_out_str(o, "<table class=\"findings\">\n<tr><th>severity</th>"
	    "<th>rule</th><th>entity</th><th>entity_id</th><th>period</th>"
	    "<th>detail</th><th>source</th></tr>\n");
	for (i = first; i < first + n; i++) {
		if (i + 8 < first + n)
			fs_finding_prefetch(rp->items[i + 8].f);
		f = rp->items[i].f;
		fs_out_str(o, "<tr>");
		html_td(o, f->severity == FS_SEV_VIOLATION ? "sev-violation" :
		    "sev-warning", fs_severity_name(f->severity));
		html_td(o, NULL, f->rule);
		html_td(o, NULL, f->entity);
		html_td(o, NULL, f->entity_id);
		html_td(o, NULL, f->period);
		html_td(o, NULL, f->detail);
		html_td(o, NULL, f->source);
		fs_out_str(o, "</tr>\n");
	}
	fs_out_str(o, "</table>\n");
}

static void
html_begin(struct report *rp)
{
	struct fs_out *o = &rp->run->out;
	char date[FS_FMT_MAX];

	fs_date_fmt(rp->run->as_of, date);
	fs_out_str(o, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n<title>Compliance report as of ");
	fs_out_str(o, date);
	fs_out_str(o, "</title>\n<style>\n");
	fs_out_str(o, html_style);
	fs_out_str(o, "</style>\n</head>\n<body>\n<h1>Compliance report "
	    "as of ");
	fs_out_str(o, date);
	fs_out_str(o, "</h1>\n");
}

/* A county's findings are a section, closed by the next one or the end. */
static void
html_county(struct report *rp, size_t i)
{
	struct fs_out *o = &rp->run->out;

	if (rp->html_county_open)
		fs_out_str(o, "</section>\n");
	fs_out_str(o, "<section class=\"county\">\n<h2>");
	html_text(o, county_title(rp, i));
	fs_out_str(o, "</h2>\n");
	rp->html_county_open = 1;
}

static void
html_township(struct report *rp, const char *t)
{
	struct fs_out *o = &rp->run->out;

	fs_out_str(o, "<h3>");
	html_text(o, t);
	fs_out_str(o, "</h3>\n");
}

static void
html_village(struct report *rp, size_t i)
{
	struct fs_out *o = &rp->run->out;
	const struct village *vg = rp->vs[i];

	fs_out_str(o, "<h4 id=\"");
	html_village_anchor(o, i);
	fs_out_str(o, "\">");
	html_text(o, village_label(rp, vg));
	fs_out_str(o, " <small>");
	fs_out_str(o, counts_phrase(&rp->scratch, vg->violations,
	    vg->warnings));
	fs_out_str(o, "</small></h4>\n");
	html_findings(rp, vg->first, vg->nfnd);
}

static void
html_end(struct report *rp)
{
	struct fs_out *o = &rp->run->out;

	if (rp->html_county_open)
		fs_out_str(o, "</section>\n");
	if (rp->novillage < rp->nitems) {
		fs_out_str(o, "<section id=\"novillage\">\n"
		    "<h2>Not tied to a village</h2>\n");
		html_findings(rp, rp->novillage, rp->nitems - rp->novillage);
		fs_out_str(o, "</section>\n");
	}
	fs_out_str(o, "<footer>Made by fs-report (firstsec) from the findings "
	    "streams of the firstsec tools.</footer>\n</body>\n</html>\n");
}

/*
 * The shape every format shares: a title, the summary, the progress,
 * then county and township headings over the villages that have
 * findings, and the findings tied to no village last.  Each format gives
 * its parts.
 */
struct renderer {
	void (*begin)(struct report *);
	void (*summary)(struct report *);
	void (*progress)(struct report *);
	void (*county)(struct report *, size_t);
	void (*township)(struct report *, const char *);
	void (*village)(struct report *, size_t);
	void (*end)(struct report *);
};

static const struct renderer renderers[] = {
	[FMT_TEXT] = { text_begin, text_summary, text_progress, text_county,
	    text_township, text_village, text_end },
	[FMT_MARKDOWN] = { md_begin, md_summary, md_progress, md_county,
	    md_township, md_village, md_end },
	[FMT_HTML] = { html_begin, html_summary, html_progress, html_county,
	    html_township, html_village, html_end },
};

static void
report_walk(struct report *rp, const struct renderer *fmt)
{
	const char *t;
	size_t i;

	fmt->begin(rp);
	fmt->summary(rp);
	if (rp->has_progress)
		fmt->progress(rp);
	for (i = 0; i < rp->nv; i++) {
		if (new_county(rp, i) && group_has_findings(rp, i, 0))
			fmt->county(rp, i);
		t = township_title(rp, i);
		if (t[0] != '\0' && new_township(rp, i) &&
		    group_has_findings(rp, i, 1))
			fmt->township(rp, t);
		if (rp->vs[i]->nfnd > 0)
			fmt->village(rp, i);
	}
	fmt->end(rp);
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	struct report rp;
	int ch, i, status = 0;

	fs_run_init(&run, "fs-report", usage);
	memset(&rp, 0, sizeof(rp));
	rp.run = &run;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_FORMAT:
			if (strcmp(optarg, "text") == 0)
				rp.format = FMT_TEXT;
			else if (strcmp(optarg, "markdown") == 0)
				rp.format = FMT_MARKDOWN;
			else if (strcmp(optarg, "html") == 0)
				rp.format = FMT_HTML;
			else
				return fs_run_finish(&run, fs_run_usage_error(
				    &run, "--format: not one of: text, "
				    "markdown, html (got '%s')", optarg));
			break;
		case OPT_VILLAGES:
			rp.villages_file = optarg;
			break;
		case OPT_PROGRESS:
			rp.progress_file = optarg;
			break;
		default:
			if (fs_run_option(&run, ch, argv))
				return fs_run_finish(&run, run.exit);
		}
	}
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	fs_table_init(&rp.villages, sizeof(struct village));
	fs_table_init(&rp.aside, 0);
	fs_table_init(&rp.counties, sizeof(long));
	fs_table_init(&rp.townships, sizeof(long));
	fs_table_init(&rp.rules, sizeof(struct rule_count));
	for (i = 0; i < 5; i++)
		fs_table_init(&rp.in[i].t, sizeof(const char *));

	/* cat a.findings b.findings | fs-report: a header again is skipped. */
	run.header_repeats = 1;
	/* A file named twice repeats its findings, which count once. */
	run.same_file_ok = 1;
	if (optind == argc)
		status = read_findings(&rp, "-");
	for (i = optind; i < argc && status == 0; i++)
		status = read_findings(&rp, argv[i]);
	run.header_repeats = 0;
	if (status == 0 && rp.villages_file != NULL)
		status = read_villages(&rp);
	if (status == 0 && rp.progress_file != NULL)
		status = read_progress(&rp);
	if (status == 0) {
		merge_findings(&run.fnd);
		if (!run.findings) {
			order_report(&rp);
			mark_lone_groups(&rp);
			report_walk(&rp, &renderers[rp.format]);
		}
	}
	free(rp.vs);
	free(rp.items);
	fs_table_free(&rp.villages);
	fs_table_free(&rp.aside);
	fs_table_free(&rp.counties);
	fs_table_free(&rp.townships);
	fs_table_free(&rp.rules);
	fs_buf_free(&rp.scratch);
	fs_buf_free(&rp.scratch2);
	/* The findings' interned strings last until they are written. */
	status = fs_run_finish(&run, status);
	for (i = 0; i < 5; i++)
		fs_table_free(&rp.in[i].t);
	return status;
}
