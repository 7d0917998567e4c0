/*
 * roster.c - postings and windows.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "roster.h"

/* A posting as read, in its secretary's list in the roster's order. */
struct fs_pnode {
	struct fs_posting p;
	struct fs_pnode *next;
};

/* A secretary with more postings than this has a tree of their ends. */
enum { TREE_MIN = 8 };

/* Postings by start (one secretary's: no two start the same day). */
static int
by_start(const void *a, const void *b)
{
	const struct fs_posting *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/*
 * A secretary's postings as read, put in an array by start (a roster
 * kept in order needs no sort), and the tree of their ends made.
 */
static void
arrange(struct fs_arena *ar, struct fs_rostered *s)
{
	const struct fs_pnode *q;
	size_t i, k;
	int sorted = 1;

	s->p = fs_arena_alloc(ar, s->n * sizeof(*s->p));
	for (i = 0, q = s->first; q != NULL; q = q->next, i++) {
		s->p[i] = q->p;
		if (i > 0 && s->p[i].start < s->p[i - 1].start)
			sorted = 0;
	}
	if (!sorted)
		qsort(s->p, s->n, sizeof(*s->p), by_start);
	s->first = s->last = NULL;
	if (s->n <= TREE_MIN)
		return;
	/* Leaves m .. 2m: the ends; a node, the latest end below it. */
	for (s->m = 1; s->m < s->n; s->m *= 2)
		continue;
	s->most = fs_arena_alloc(ar, 2 * s->m * sizeof(*s->most));
	for (i = 0; i < s->m; i++)
		s->most[s->m + i] = i < s->n ? s->p[i].end : INT32_MIN;
	for (k = s->m; k-- > 1; )
		s->most[k] = s->most[2 * k] > s->most[2 * k + 1] ?
		    s->most[2 * k] : s->most[2 * k + 1];
}

int
fs_roster_load(struct fs_run *run, struct fs_roster *ro, const char *path)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct fs_rostered *s;
	struct fs_pnode *q;
	struct fs_posting *p;
	size_t i;
	int rc, status = 0;

	fs_table_init(&ro->secs, sizeof(struct fs_rostered));
	fs_table_init(&ro->rejected, 0);
	ro->nrejected = 0;
	if (fs_run_open_side(run, &r, path, &fs_fmt_roster, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	fs_run_side_rejects(run, &ro->rejected, &b, FS_ROSTER_SECRETARY_ID);
	ro->nrejected = -run->side_rows;
	while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW) {
		s = fs_table_get(&ro->secs, v[FS_ROSTER_SECRETARY_ID].p,
		    v[FS_ROSTER_SECRETARY_ID].n, NULL);
		q = fs_arena_alloc(fs_table_arena(&ro->secs), sizeof(*q));
		p = &q->p;
		p->start = v[FS_ROSTER_TERM_START].v.date;
		p->end = v[FS_ROSTER_TERM_END].v.date;
		if (v[FS_ROSTER_LEFT].n > 0 &&
		    v[FS_ROSTER_LEFT].v.date < p->end)
			p->end = v[FS_ROSTER_LEFT].v.date;
		p->village_id = fs_arena_strndup(fs_table_arena(&ro->secs),
		    v[FS_ROSTER_VILLAGE_ID].p, v[FS_ROSTER_VILLAGE_ID].n);
		/*
		 * After the last, sorted once all are read: put in place as
		 * they came, a posting that starts before the last walked
		 * the list (one listed first that starts last made 40,000
		 * postings of one secretary quadratic).
		 */
		if (s->last != NULL)
			s->last->next = q;
		else
			s->first = q;
		s->last = q;
		s->n++;
	}
	for (i = 0; i < ro->secs.n; i++)
		arrange(fs_table_arena(&ro->secs), ro->secs.order[i]->val);
	fs_run_side_rejects(run, NULL, NULL, 0);
	ro->nrejected += run->side_rows;
	if (rc == FS_RUN_STOP)
		status = 2;
	fs_tsv_close(&r);
	return status;
}

void
fs_roster_free(struct fs_roster *ro)
{
	fs_table_free(&ro->secs);
	fs_table_free(&ro->rejected);
}

void
fs_roster_say_rejected(const struct fs_run *run, const struct fs_roster *ro)
{
	long n = ro->nrejected;

	if (n > 0)
		fs_warnx("the secretar%s of %ld roster row%s put aside in %s "
		    "%s left unjudged (mend %s and run again)",
		    n == 1 ? "y" : "ies", n, fs_plural(n), run->rejects_file,
		    n == 1 ? "is" : "are", n == 1 ? "it" : "them");
}

int
fs_roster_rejected(const struct fs_roster *ro, const char *id, size_t n)
{
	return ro->rejected.n > 0 && fs_table_find(&ro->rejected, id, n) !=
	    NULL;
}

const struct fs_rostered *
fs_roster_find(const struct fs_roster *ro, const char *id, size_t n)
{
	return fs_table_find(&ro->secs, id, n);
}

static int
fill(int year, fs_date a, fs_date b, uint8_t in[366])
{
	fs_date y0 = fs_date_make(year, 1, 1);
	fs_date y1 = fs_date_make(year + 1, 1, 1) - 1;
	fs_date t;
	int n = 0;

	if (a < y0)
		a = y0;
	if (b > y1)
		b = y1;
	for (t = a; t <= b; t++)
		if (!in[t - y0]) {
			in[t - y0] = 1;
			n++;
		}
	return n;
}

static void
bounds(int year, const uint8_t in[366], fs_date *first, fs_date *last)
{
	fs_date y0 = fs_date_make(year, 1, 1);
	int days = fs_is_leap(year) ? 366 : 365, d;

	for (d = 0; d < days && !in[d]; d++)
		continue;
	if (first != NULL)
		*first = y0 + d;
	for (d = days - 1; d >= 0 && !in[d]; d--)
		continue;
	if (last != NULL)
		*last = y0 + d;
}

int
fs_roster_window(const struct fs_rostered *s, int year, uint8_t in[366],
    fs_date *first, fs_date *last)
{
	size_t i;
	int n = 0;

	memset(in, 0, 366);
	for (i = 0; i < s->n; i++)
		n += fill(year, s->p[i].start, s->p[i].end, in);
	bounds(year, in, first, last);
	return n;
}

int
fs_year_window(int year, uint8_t in[366], fs_date *first, fs_date *last)
{
	memset(in, 0, 366);
	fill(year, fs_date_make(year, 1, 1), fs_date_make(year, 12, 31), in);
	bounds(year, in, first, last);
	return fs_is_leap(year) ? 366 : 365;
}

/* The secretary's postings that start on or before t: s->p[0 .. k). */
static size_t
begun_by(const struct fs_rostered *s, fs_date t)
{
	size_t lo = 0, hi = s->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (s->p[mid].start <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The last leaf before k under node (leaves lo .. hi) whose end is t or later. */
static long
latest_below(const fs_date *most, size_t node, size_t lo, size_t hi,
    size_t k, fs_date t)
{
	size_t mid = lo + (hi - lo) / 2;
	long r;

	if (lo >= k || most[node] < t)
		return -1;
	if (hi - lo == 1)
		return (long)lo;
	if ((r = latest_below(most, 2 * node + 1, mid, hi, k, t)) >= 0)
		return r;
	return latest_below(most, 2 * node, lo, mid, k, t);
}

/*
 * The last of s->p[0 .. k) whose service lasts to t or later, or -1: a
 * walk back with few postings, else down the tree, whose nodes either
 * lie wholly before k or on the one path to k.
 */
static long
latest_to(const struct fs_rostered *s, size_t k, fs_date t)
{
	size_t i;

	if (s->most == NULL) {
		for (i = k; i-- > 0; )
			if (s->p[i].end >= t)
				return (long)i;
		return -1;
	}
	return latest_below(s->most, 1, 0, s->m, k, t);
}

const char *
fs_roster_village_holding(const struct fs_rostered *s, fs_date t)
{
	long i = latest_to(s, begun_by(s, t), t);

	return i >= 0 ? s->p[i].village_id : NULL;
}

const char *
fs_roster_village_on(const struct fs_rostered *s, fs_date t)
{
	size_t k = begun_by(s, t);
	long i = latest_to(s, k, t);

	/* By start: of two that hold the day, the later begun. */
	if (i >= 0)
		return s->p[i].village_id;
	if (k > 0)
		return s->p[k - 1].village_id;
	return s->n > 0 ? s->p[0].village_id : "";
}

const char *
fs_roster_village_in_year(const struct fs_rostered *s, int year,
    fs_date as_of)
{
	fs_date y0 = fs_date_make(year, 1, 1);
	fs_date y1 = fs_date_make(year + 1, 1, 1) - 1;
	long i;

	if (as_of < y1)
		y1 = as_of;
	/* The latest begun by y1 whose service lasts into the year. */
	i = latest_to(s, begun_by(s, y1), y0);
	return i >= 0 ? s->p[i].village_id : fs_roster_village_on(s, y0);
}
