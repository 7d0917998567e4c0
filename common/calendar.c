/*
 * calendar.c - the working-day calendar.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "format.h"
#include "keys.h"
#include "tsv.h"

static int
year_index(int y)
{
	return y >= FS_CAL_FIRST_YEAR && y < FS_CAL_FIRST_YEAR + FS_CAL_YEARS ?
	    y - FS_CAL_FIRST_YEAR : -1;
}

int
fs_calendar_load(struct fs_calendar *c, const char *arg, struct fs_buf *err)
{
	struct fs_buf path = { 0 };
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct fs_buf why = { 0 };
	const char *file;
	enum fs_tsv_status st;
	/* The line each date was first given on: a repeat says it. */
	struct first { long day, line; } *first = NULL;
	size_t nfirst = 0, cap = 0, i;
	long day;
	int yi, rc = -1;
	unsigned char m;

	memset(c, 0, sizeof(*c));
	c->base = fs_date_make(FS_CAL_FIRST_YEAR, 1, 1);
	c->ndays = (size_t)(fs_date_make(FS_CAL_FIRST_YEAR + FS_CAL_YEARS, 1,
	    1) - c->base);
	if (arg != NULL && strcmp(arg, "none") == 0) {
		c->none = 1;
		c->source = "none";
		return 0;
	}
	file = arg != NULL ? arg : fs_data_path("calendar.tsv", &path);
	c->mark = fs_xcalloc(c->ndays, 1);
	if (fs_format_open(&r, file, &fs_fmt_calendar, &b, err) < 0) {
		fs_buf_free(&path);
		return -1;
	}
	c->source = arg;
	while ((st = fs_format_next(&r, &b, v, err)) == FS_TSV_ROW) {
		/* A date's year is one of the calendar's (calendar.h). */
		yi = year_index(fs_date_year(v[FS_CAL_DATE].v.date));
		day = v[FS_CAL_DATE].v.date - c->base;
		m = v[FS_CAL_TYPE].v.choice == FS_CALT_HOLIDAY ? 1 : 2;
		if (c->mark[day] != 0 && c->mark[day] != m) {
			for (i = 0; first[i].day != day; i++)
				continue;
			fs_keycheck_repeat(&why, &fs_fmt_calendar, r.name,
			    (unsigned long)first[i].line);
			fs_buf_printf(&why, ", given as '%s' there",
			    fs_fmt_calendar.cols[FS_CAL_TYPE].allowed[
			    c->mark[day] - 1]);
			fs_format_fault(err, &r, NULL, why.p,
			    v[FS_CAL_DATE].p, v[FS_CAL_DATE].n);
			goto done;
		}
		if (c->mark[day] == 0) {
			if (nfirst == cap)
				first = fs_xreallocarray(first,
				    cap = cap ? 2 * cap : 64, sizeof(*first));
			first[nfirst].day = day;
			first[nfirst++].line = r.lineno;
		}
		c->mark[day] = m;
		c->covered[yi] = 1;
	}
	if (st == FS_TSV_EOF)
		rc = 0;
done:
	free(first);
	fs_buf_free(&why);
	fs_tsv_close(&r);
	fs_buf_free(&path);
	return rc;
}

void
fs_calendar_free(struct fs_calendar *c)
{
	free(c->mark);
	c->mark = NULL;
}

int
fs_calendar_workday(struct fs_calendar *c, fs_date t)
{
	int plain = fs_weekday(t) <= 5, y, yi;
	long day;

	if (c->none)
		return plain;
	y = fs_date_year(t);
	if ((yi = year_index(y)) < 0)	/* past 9999-12-31: no date's */
		return plain;
	if (!c->covered[yi]) {
		if (!c->warned[yi]) {
			c->warned[yi] = 1;
			fs_warnx("the calendar has no entries for %04d; "
			    "counting Monday to Friday", y);
		}
		return plain;
	}
	day = t - c->base;
	if (c->mark[day] == 1)
		return 0;
	if (c->mark[day] == 2)
		return 1;
	return plain;
}

int64_t
fs_calendar_count(struct fs_calendar *c, fs_date a, fs_date b)
{
	int64_t n = 0;
	fs_date t;

	for (t = a; t <= b; t++)
		n += fs_calendar_workday(c, t);
	return n;
}
