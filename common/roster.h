/*
 * roster.h - the roster as other tools use it (--roster FILE): who serves
 * where, and when.  The service of a posting runs from term_start to the
 * earlier of left and term_end, both days included (SPEC 3.1).
 */
#ifndef FS_ROSTER_H
#define FS_ROSTER_H

#include "run.h"
#include "table.h"
#include "value.h"

struct fs_posting {
	fs_date start, end;		/* the service */
	const char *village_id;
};

struct fs_pnode;			/* a posting while the roster is read */

/*
 * A secretary's postings, sorted by start once the roster is read
 * (secretary_id and term_start are the roster's key: no two start the
 * same day); with many of them, a tree of their services' ends, so that
 * the posting that holds a day is found in steps that grow as the
 * logarithm of their number, not with it (fs-audit conduct's findings,
 * one search each, were quadratic in one secretary's postings).
 */
struct fs_rostered {
	struct fs_posting *p;		/* n of them, by start */
	size_t n;
	fs_date *most;			/* NULL, or the tree: m leaves */
	size_t m;
	struct fs_pnode *first, *last;	/* while read, in the roster's order */
};

struct fs_roster {
	struct fs_table secs;		/* secretary_id -> struct fs_rostered */
	/*
	 * The secretaries of rows put aside in the --rejects file: listed,
	 * but not as the roster's valid rows would have it (a posting
	 * missing, or all of them), so not to be judged.
	 */
	struct fs_table rejected;
	long nrejected;			/* the rows */
};

/*
 * Reads a roster file through the run (its invalid rows are rejected or
 * stop the run like any input's).  0, or 2.
 */
int fs_roster_load(struct fs_run *run, struct fs_roster *ro,
    const char *path);
void fs_roster_free(struct fs_roster *ro);

/*
 * Is a row of the secretary's in the --rejects file?  Then what the
 * roster says of them is not whole, and a tool leaves them unjudged.
 */
int fs_roster_rejected(const struct fs_roster *ro, const char *id,
    size_t n);
/*
 * Says on stderr, when rows were put aside, that their secretaries are
 * left unjudged: "the secretaries of 2 roster rows put aside in rej.tsv
 * are left unjudged (mend them and run again)".
 */
void fs_roster_say_rejected(const struct fs_run *run,
    const struct fs_roster *ro);

/* The secretary's postings, or NULL when the roster does not list them. */
const struct fs_rostered *fs_roster_find(const struct fs_roster *ro,
    const char *id, size_t n);

/*
 * The secretary's window in a year: the union of the services cut to the
 * year.  in[d] is 1 for day d of the year (0-based) inside it; the number
 * of days inside is returned, and *first and *last (when not NULL) get
 * its first and last day (undefined when it is empty).
 */
int fs_roster_window(const struct fs_rostered *s, int year,
    uint8_t in[366], fs_date *first, fs_date *last);

/* The whole year as a window (no roster). */
int fs_year_window(int year, uint8_t in[366], fs_date *first,
    fs_date *last);

/*
 * The village of the posting whose service holds day t (of overlapping
 * ones, the latest begun); else of the latest posting that starts on or
 * before t; else of the first.
 */
const char *fs_roster_village_on(const struct fs_rostered *s, fs_date t);
/*
 * The village of the posting whose service holds day t (the latest
 * begun), or NULL: for a secretary with a roster row put aside, whose
 * other villages are no guess (the row left out may be the day's).
 */
const char *fs_roster_village_holding(const struct fs_rostered *s,
    fs_date t);

/*
 * The village of the latest posting whose service meets the year and has
 * begun by as_of (a posting not yet begun is no village of the
 * secretary's: its findings would go where the secretary has not been),
 * else as fs_roster_village_on(s, the year's first day).
 */
const char *fs_roster_village_in_year(const struct fs_rostered *s, int year,
    fs_date as_of);

#endif
