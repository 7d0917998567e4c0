/*
 * roster.c - postings and windows.
 */
#include <string.h>

#include "roster.h"

int
fs_roster_load(struct fs_run *run, struct fs_roster *ro, const char *path)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct fs_rostered *s;
	struct fs_posting *p, **pp;
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
		p = fs_arena_alloc(fs_table_arena(&ro->secs), sizeof(*p));
		p->start = v[FS_ROSTER_TERM_START].v.date;
		p->end = v[FS_ROSTER_TERM_END].v.date;
		if (v[FS_ROSTER_LEFT].n > 0 &&
		    v[FS_ROSTER_LEFT].v.date < p->end)
			p->end = v[FS_ROSTER_LEFT].v.date;
		p->village_id = fs_arena_strndup(fs_table_arena(&ro->secs),
		    v[FS_ROSTER_VILLAGE_ID].p, v[FS_ROSTER_VILLAGE_ID].n);
		/*
		 * After the last, in the order a clerk keeps (a walk from the
		 * first made 40,000 postings of one secretary quadratic).
		 */
		if (s->last != NULL && s->last->start <= p->start)
			pp = &s->last->next;
		else
			for (pp = &s->postings; *pp != NULL &&
			    (*pp)->start <= p->start; pp = &(*pp)->next)
				continue;
		p->next = *pp;
		*pp = p;
		if (p->next == NULL)
			s->last = p;
	}
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
	const struct fs_posting *p;
	int n = 0;

	memset(in, 0, 366);
	for (p = s->postings; p != NULL; p = p->next)
		n += fill(year, p->start, p->end, in);
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

const char *
fs_roster_village_holding(const struct fs_rostered *s, fs_date t)
{
	const struct fs_posting *p, *holds = NULL;

	for (p = s->postings; p != NULL && p->start <= t; p = p->next)
		if (t <= p->end)
			holds = p;
	return holds != NULL ? holds->village_id : NULL;
}

const char *
fs_roster_village_on(const struct fs_rostered *s, fs_date t)
{
	const struct fs_posting *p, *holds = NULL, *before = NULL;

	/* By start: of two that hold the day, the later begun. */
	for (p = s->postings; p != NULL && p->start <= t; p = p->next) {
		if (t <= p->end)
			holds = p;
		before = p;
	}
	if (holds != NULL)
		return holds->village_id;
	if (before != NULL)
		return before->village_id;
	return s->postings != NULL ? s->postings->village_id : "";
}

const char *
fs_roster_village_in_year(const struct fs_rostered *s, int year,
    fs_date as_of)
{
	const struct fs_posting *p, *best = NULL;
	fs_date y0 = fs_date_make(year, 1, 1);
	fs_date y1 = fs_date_make(year + 1, 1, 1) - 1;

	if (as_of < y1)
		y1 = as_of;
	for (p = s->postings; p != NULL; p = p->next)
		if (p->start <= y1 && p->end >= y0)
			best = p;
	return best != NULL ? best->village_id : fs_roster_village_on(s, y0);
}
