/*
 * keys.h - repeated rows (SPEC 3): a format names the columns that
 * identify a row, and a repeat is an invalid row.
 *
 * For attendance the key is a secretary and a date, and a repeat with the
 * same status is a plain duplicate counted once.  Those keys are held as
 * one array of days per secretary and year (a "day map"), so memory grows
 * with secretaries, not rows; fs-attendance reads its counts from it.
 */
#ifndef FS_KEYS_H
#define FS_KEYS_H

#include "format.h"
#include "table.h"

/*
 * Where a key was first seen: its line in 40 bits (a line number past
 * 2^32 is not cut short; fs_keyseen_line()), in 8 bytes a key.
 */
struct fs_keyseen {
	uint32_t line;		/* the line's low 32 bits */
	uint16_t file;
	uint8_t line_hi;	/* its next 8 */
	uint8_t value;		/* the same_ok column's choice + 1, or 0 */
};

static inline unsigned long long
fs_keyseen_line(const struct fs_keyseen *ks)
{
	return (unsigned long long)ks->line_hi << 32 | ks->line;
}

static inline void
fs_keyseen_set_line(struct fs_keyseen *ks, long line)
{
	ks->line = (uint32_t)line;
	ks->line_hi = (uint8_t)((unsigned long long)line >> 32);
}

/*
 * One id's year in a day map: per day of the year (0-based), the value
 * of the same_ok column + 1, or 0 when no row gave that day.  Half a
 * byte a day keeps memory small (183 bytes per secretary and year), so a
 * format with a day map has at most FS_DAYMAP_VALUES values; the line of
 * an earlier row is found again only when a conflict is reported.
 */
enum { FS_DAYMAP_VALUES = 15 };

struct fs_dayyear {
	struct fs_dayyear *next;
	int year;
	uint8_t day[183];		/* two days a byte, the first low */
};

/* The value of day d (0-based): 0, or the same_ok column's + 1. */
static inline int
fs_dayyear_get(const struct fs_dayyear *y, int d)
{
	return y->day[d >> 1] >> ((d & 1) * 4) & 0xf;
}

/*
 * An id of a day map, the value of its entry in fs_keycheck.seen: its
 * length and first bytes are in the key itself, so a short id (most
 * are) costs no second cache line.  Rows come grouped by id (a
 * secretary's year), or in a repeating order of ids (every secretary,
 * day after day): an id remembers the id whose row came after its own
 * last time, and the next row's id is looked for there before the table
 * is asked.
 */
struct fs_daykey {
	struct fs_daykey *after;	/* the id of the row after */
	struct fs_dayyear *cur;		/* the year of its last row */
	int year;			/* cur's year (cur NULL: none) */
	unsigned short keylen;		/* an id is 64 bytes at most */
	unsigned short walked;		/* keys.c year_get(), up to WALKED */
	char head[16];			/* the id's first bytes */
	const char *key;		/* the id, in its entry */
	struct fs_dayyear *years;	/* latest first */
	struct fs_yearindex *index;	/* many years: keys.c year_get() */
};

struct fs_keycheck {
	const struct fs_format *fmt;
	int daymap;			/* key is (id, date) with same_ok */
	struct fs_table seen;
	struct fs_buf key;
	const char *earlier;		/* a day map's value in conflict */
	/*
	 * The last id and year seen, to spare lookups on grouped rows (a
	 * day map's only); its columns: fmt->key[0], key[1], same_ok.
	 */
	struct fs_daykey *last_dk;
	int id_col, date_col, value_col;
	int year;
	fs_date year_start, year_end;
};

enum fs_key_result {
	FS_KEY_NEW = 0,
	FS_KEY_SAME = 1,	/* a plain duplicate: skip the row */
	FS_KEY_CONFLICT = -1	/* an invalid row: see *why and *col */
};

void fs_keycheck_init(struct fs_keycheck *kc, const struct fs_format *fmt);
void fs_keycheck_free(struct fs_keycheck *kc);

/*
 * Records the key of a parsed row seen at files[file]:line.  On a
 * conflict, the reason is put in why and *col is the column at fault;
 * the reason names the earlier FILE:LINE, except for a day map, whose
 * reason names the earlier value ("conflicts with 'in_village'") and
 * whose caller locates the earlier line (fs_run_next does).
 */
enum fs_key_result fs_keycheck_any(struct fs_keycheck *kc,
    const struct fs_value *v, int file, long line,
    const char *const *files, struct fs_buf *why, int *col);

/*
 * fs_keycheck_any() without a call for the usual row of a day map: an
 * id that came after the last one before (or is the last one), a date
 * in the year of the last row, no row yet that day.
 */
static inline enum fs_key_result
fs_keycheck_row(struct fs_keycheck *kc, const struct fs_value *v, int file,
    long line, const char *const *files, struct fs_buf *why, int *col)
{
	const struct fs_value *id;
	struct fs_daykey *dk = kc->last_dk;
	fs_date t;
	uint8_t *cell;
	int d;

	if (dk == NULL)
		return fs_keycheck_any(kc, v, file, line, files, why, col);
	id = &v[kc->id_col];
	t = v[kc->date_col].v.date;
	if (id->n > sizeof(dk->head) || t < kc->year_start ||
	    t >= kc->year_end)
		return fs_keycheck_any(kc, v, file, line, files, why, col);
	if (dk->after != NULL && (size_t)dk->after->keylen == id->n &&
	    fs_same_bytes(dk->after->head, id->p, id->n))
		dk = dk->after;
	else if ((size_t)dk->keylen != id->n ||
	    !fs_same_bytes(dk->head, id->p, id->n))
		return fs_keycheck_any(kc, v, file, line, files, why, col);
	if (dk->year != kc->year || dk->cur == NULL)
		return fs_keycheck_any(kc, v, file, line, files, why, col);
	d = (int)(t - kc->year_start);
	cell = &dk->cur->day[d >> 1];
	if ((*cell >> (d & 1) * 4 & 0xf) != 0)
		return fs_keycheck_any(kc, v, file, line, files, why, col);
	*cell |= (uint8_t)((v[kc->value_col].v.choice + 1) << (d & 1) * 4);
	kc->last_dk = dk;
	return FS_KEY_NEW;
}

/*
 * The reason a repeated key gives: "the same household_id as FILE:LINE"
 * (the columns of fmt's key), in why; for a tool that keeps its keys
 * itself.
 */
void fs_keycheck_repeat(struct fs_buf *why, const struct fs_format *fmt,
    const char *file, unsigned long line);

/*
 * The reason a decision's row gives when it names another village than
 * the decision's first row, at FILE:LINE (SPEC 3.7: a decision is taken
 * in one village): "the decision is in village 'V' at FILE:LINE", in
 * why; for fs-audit and fs-check, which must agree on it.
 */
void fs_keycheck_village(struct fs_buf *why, const char *village,
    const char *file, unsigned long line);

/*
 * For rows read in parts (fs_run_jobs()): does a key of b repeat one of
 * a (for a day map: with another value on the same day)?  And b's keys
 * added to a: a key of a set takes the line line_base + its line in b,
 * of files[file].  Merge only what does not clash.
 */
int fs_keycheck_clash(const struct fs_keycheck *a,
    const struct fs_keycheck *b);
/*
 * Moves the lines of kc's keys, read as a part whose lines count from 1,
 * to the file's: line_base more (a day map keeps no lines).
 */
void fs_keycheck_shift(struct fs_keycheck *kc, long line_base);
void fs_keycheck_merge(struct fs_keycheck *into,
    const struct fs_keycheck *from, int file, long line_base);

/* The days of one id's year in a day map, or NULL when none recorded. */
struct fs_dayyear *fs_keycheck_years(const struct fs_keycheck *kc,
    const char *id, size_t n);

#endif
