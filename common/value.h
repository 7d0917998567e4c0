/*
 * value.h - the value types of SPEC 1.2: parsers and normal forms.
 *
 * Every parser takes the field's bytes as read (not NUL-terminated) and
 * returns NULL on success, or a short human reason ("no such day") that
 * the caller puts into its message.  No parser allocates.
 */
#ifndef FS_VALUE_H
#define FS_VALUE_H

#include <stddef.h>
#include <stdint.h>

/* A date is a day number: days since 1970-01-01 (negative before). */
typedef int32_t fs_date;

/* An exact fraction, den > 0. */
struct fs_ratio {
	int64_t num, den;
};

const char *fs_date_parse(const char *p, size_t n, fs_date *out);
const char *fs_amount_parse(const char *p, size_t n, int64_t *fen);
const char *fs_count_parse(const char *p, size_t n, int64_t *out);
const char *fs_id_check(const char *p, size_t n);
const char *fs_yesno_parse(const char *p, size_t n, int *yes);
const char *fs_idnum_check(const char *p, size_t n);
const char *fs_ratio_parse(const char *p, size_t n, struct fs_ratio *out);

/*
 * The CSV delimiter an option names: one ASCII byte other than a quote,
 * CR or LF, or "\t" / "tab" for a tab; -1 when it names none.
 */
int fs_delimiter_parse(const char *s);

/* Calendar arithmetic on day numbers. */
fs_date fs_date_make(int y, int m, int d);	/* no range check */
void fs_date_split(fs_date t, int *y, int *m, int *d);
int fs_date_valid(int y, int m, int d);
int fs_days_in_month(int y, int m);
int fs_is_leap(int y);
int fs_weekday(fs_date t);			/* 1 = Monday ... 7 = Sunday */
int fs_date_year(fs_date t);
/* The same day n months later, or that month's last day when it has none. */
fs_date fs_date_add_months(fs_date t, int n);
/* Completed months from a to b (a <= b), as SPEC 3.1 counts them. */
int fs_months_between(fs_date a, fs_date b);
/* Today in local time. */
fs_date fs_date_today(void);

/*
 * Normal forms, written into a caller's buffer of at least FS_FMT_MAX
 * bytes; each returns the length written.
 */
enum { FS_FMT_MAX = 48 };
size_t fs_date_fmt(fs_date t, char *buf);		/* YYYY-MM-DD */
size_t fs_month_fmt(fs_date t, char *buf);		/* YYYY-MM */
size_t fs_amount_fmt(int64_t fen, char *buf);		/* -12.50 */
size_t fs_int_fmt(int64_t v, char *buf);
/* num/den with the given number of decimals, half away from zero. */
size_t fs_fixed_fmt(int64_t num, int64_t den, int decimals, char *buf);

/* a / b rounded half away from zero (b != 0). */
int64_t fs_div_round(int64_t a, int64_t b);
/* ceil(r * n) for r >= 0 and n >= 0, exactly; -1 when it overflows. */
int64_t fs_ratio_ceil_mul(struct fs_ratio r, int64_t n);

/* Checked int64 arithmetic: 0 when fine, -1 on overflow. */
int fs_add_overflow(int64_t a, int64_t b, int64_t *sum);
int fs_mul_overflow(int64_t a, int64_t b, int64_t *prod);

#endif
