/*
 * calendar.h - working days (SPEC 2.2): Monday to Friday, minus the
 * official holidays, plus the official make-up working days.
 */
#ifndef FS_CALENDAR_H
#define FS_CALENDAR_H

#include "util.h"
#include "value.h"

/* Every year a date can have (value.h: 0000 to 9999). */
enum { FS_CAL_FIRST_YEAR = 0, FS_CAL_YEARS = 10000 };

struct fs_calendar {
	int none;			/* --calendar none: plain Mon-Fri */
	const char *source;		/* the file read */
	unsigned char covered[FS_CAL_YEARS];	/* years with entries */
	unsigned char warned[FS_CAL_YEARS];
	/*
	 * Per day since FS_CAL_FIRST_YEAR-01-01: 0 plain, 1 holiday, 2
	 * workday.  3.6 MB, of which only the pages of the years the file
	 * gives are ever touched (calloc()'s fresh pages cost nothing).
	 */
	unsigned char *mark;
	fs_date base;
	size_t ndays;
};

/*
 * Loads the calendar: arg NULL for the installed schedule, "none" for
 * Monday to Friday, else a file.  0, or -1 with the reason in err.
 */
int fs_calendar_load(struct fs_calendar *c, const char *arg,
    struct fs_buf *err);
void fs_calendar_free(struct fs_calendar *c);

/*
 * Is t a working day?  For a year the calendar does not cover, says so
 * once on stderr and counts Monday to Friday.
 */
int fs_calendar_workday(struct fs_calendar *c, fs_date t);

/* Working days in [a, b], both included (0 when b < a). */
int64_t fs_calendar_count(struct fs_calendar *c, fs_date a, fs_date b);

#endif
