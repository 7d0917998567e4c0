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
 * Is p[0 .. n) white space alone, and not empty: a cell a clerk cleared
 * by typing a space?  ASCII white space, the escapes \t, \n and \r, and
 * Unicode's (U+0085, the no-break space U+00A0, U+1680, U+2000 to
 * U+200A, U+2028, U+2029, U+202F, U+205F, the ideographic space U+3000)
 * with the zero-width spaces U+200B and U+FEFF.  Such a field is a
 * missing value (SPEC 1.2 extended: format.c).  fs_blank_lead[] holds
 * the bytes such a field can begin with, the first test.
 */
int fs_blank(const char *p, size_t n) __attribute__((pure));
extern const unsigned char fs_blank_lead[256];
/* The reason such a field is refused where a value is required. */
extern const char fs_blank_missing[];

/*
 * Is p[0 .. n) a word a clerk writes for "none" (无, 暂无, N/A, none,
 * -, ——, ？ alone: firstsec(5) has the list)?  Refused as an id; a text
 * that is one is missing where a rule asks whether it is there.
 */
int fs_none_word(const char *p, size_t n) __attribute__((pure));
/*
 * Is p[0 .. n) an error value a spreadsheet leaves where a formula
 * failed (#N/A, #REF!, #VALUE! ...: firstsec(5))?  Refused in a value;
 * a text that is one is missing where a rule asks whether it is there
 * (a plan of #N/A is a lookup that failed, not a plan).
 */
int fs_spreadsheet_error(const char *p, size_t n) __attribute__((pure));
/* The longest fs_none_word() looked for in a text (bytes). */
enum { FS_NONE_MAX = 12 };
/*
 * The bytes a field fs_blank(), fs_none_word() or fs_spreadsheet_error()
 * takes may begin with: 1; or FS_LEAD_LATIN, a letter that begins only a
 * word for none of 4 bytes at most (N/A, none, TBD), or FS_LEAD_HAN, the
 * lead byte of a Chinese character that begins only a word of 3, 6 or 9
 * bytes (无, 暂无, 待确定).
 */
enum { FS_LEAD_LATIN = 2, FS_LEAD_HAN = 3 };
extern const unsigned char fs_missing_lead[256];
/*
 * Is p[0 .. n) blank, a word for none, or a spreadsheet's error value,
 * the last two perhaps with white space around?
 */
int fs_missing_whole(const char *p, size_t n) __attribute__((pure));
/* The length of the white space p[0 .. n) ends with (one character), or 0. */
size_t fs_blank_end(const char *p, size_t n) __attribute__((pure));

/*
 * May p[0 .. n) (n > 0) end with white space?  Its last bytes looked at
 * inline, so that a text ending in a Chinese character or a letter, as
 * most do, costs no call.
 */
static inline int
fs_blank_end_may(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	unsigned z = s[n - 1];

	if (z <= ' ')
		return 1;
	if (z < 0x80)
		return (z == 't' || z == 'n' || z == 'r') && n >= 2 &&
		    s[n - 2] == '\\';
	return (n >= 2 && s[n - 2] == 0xc2) ||
	    (n >= 3 && fs_blank_lead[s[n - 3]]);
}

/*
 * Does an id of printable ASCII but '\\' (p[0 .. n), n > 0) need
 * fs_id_check()'s closer look: one that starts with '#' (a
 * spreadsheet's error value, #N/A), with a dash, slash, dot, star or
 * question mark (a word for "none": -, /, ?), with n or t in 4 bytes or
 * fewer (N/A, none, TBD), or with a digit and a point or an E (E
 * notation, 4.10102E+17)?  An id that starts with a letter past '?', as
 * most do, is looked at by its first byte and its length.
 */
#define FS_ID_ODD_LOW (1u << ('#' - 32) | 1u << ('*' - 32) |		\
    1u << ('-' - 32) | 1u << ('.' - 32) | 1u << ('/' - 32) |		\
    0x3ffu << ('0' - 32) | 1u << ('?' - 32))

/* A first byte of a short word for none: n (N/A, none, null), t (TBD). */
static inline int
fs_id_short(unsigned c)
{
	return (c | 0x20) == 'n' || (c | 0x20) == 't';
}

/* fs_id_odd() of an id whose first byte is '?' or below. */
static inline int
fs_id_odd_low(const char *p, size_t n)
{
	unsigned c = (unsigned char)p[0];

	return c >= '!' && (FS_ID_ODD_LOW >> (c - 32) & 1) != 0 &&
	    (c - '0' >= 10 || (n >= 4 && (p[1] == '.' || (p[1] | 0x20) == 'e')));
}

static inline int
fs_id_odd(const char *p, size_t n)
{
	unsigned c = (unsigned char)p[0];

	if (__builtin_expect(c > '?', 1))
		return n <= 4 && fs_id_short(c);
	return fs_id_odd_low(p, n);
}

/*
 * fs_yesno_parse() for a loop over many rows: the normal forms, "yes"
 * and "no", in line, and the call for the rest.
 */
static inline const char *
fs_yesno_parse_fast(const char *p, size_t n, int *yes)
{
	if (n == 3 && p[0] == 'y' && p[1] == 'e' && p[2] == 's') {
		*yes = 1;
		return NULL;
	}
	if (n == 2 && p[0] == 'n' && p[1] == 'o') {
		*yes = 0;
		return NULL;
	}
	return fs_yesno_parse(p, n, yes);
}

/*
 * fs_amount_parse() for a loop over many rows: the usual form, digits
 * and two decimals in 4 to 16 bytes, in line, and the call for the rest.
 */
static inline int64_t fs_amount_usual(const char *p, size_t n);

static inline const char *
fs_amount_parse_fast(const char *p, size_t n, int64_t *fen)
{
	int64_t v;

	if ((v = fs_amount_usual(p, n)) < 0)
		return fs_amount_parse(p, n, fen);
	*fen = v;
	return NULL;
}

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
size_t fs_year_fmt(int year, char *buf);		/* YYYY */
size_t fs_amount_fmt(int64_t fen, char *buf);		/* -12.50 */
size_t fs_int_fmt(int64_t v, char *buf);
/* num/den with the given number of decimals, half away from zero. */
size_t fs_fixed_fmt(int64_t num, int64_t den, int decimals, char *buf);
/*
 * 100 × part / whole (0 ≤ part ≤ whole, whole > 0) with one decimal,
 * half away from zero, but 100.0 only when part is whole and 0.0 only
 * when part is 0: 1999 of 2000 is 99.9, not a 100.0 with an item open.
 */
size_t fs_percent_fmt(int64_t part, int64_t whole, char *buf);

/* a / b rounded half away from zero (b != 0). */
int64_t fs_div_round(int64_t a, int64_t b);
/* ceil(r * n) for r >= 0 and n >= 0, exactly; -1 when it overflows. */
int64_t fs_ratio_ceil_mul(struct fs_ratio r, int64_t n);

/*
 * Checked int64 arithmetic: 0 when fine, -1 on overflow.  Inline: a
 * ledger adds one or two sums a row.
 */
static inline int
fs_add_overflow(int64_t a, int64_t b, int64_t *sum)
{
	return __builtin_add_overflow(a, b, sum) ? -1 : 0;
}

int fs_mul_overflow(int64_t a, int64_t b, int64_t *prod);

/*
 * The value of the 8 digits in w, the first in its lowest byte, or -1
 * when a byte is not a digit.  Word-at-a-time (after D. Lemire): the
 * pairs, the quads, then the whole.
 */
static inline int64_t
fs_digits8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL;

	/*
	 * Less '0', a digit is 0 to 9: no byte with its high bit set, nor
	 * one that 0x76 more sets it.  A byte below '0' borrows from the
	 * next, but has its own high bit set.
	 */
	w -= ones * '0';
	if (((w | (w + ones * 0x76)) & ones * 0x80) != 0)
		return -1;
	w = w * 10 + (w >> 8);
	w = (((w & 0x000000ff000000ffULL) * (100 + (1000000ULL << 32))) +
	    (((w >> 16) & 0x000000ff000000ffULL) *
	    (1 + (10000ULL << 32)))) >> 32;
	return (int64_t)(uint32_t)w;
}

/*
 * The usual amount, digits and two decimals, 4 to 16 bytes: its value in
 * fen, or -1 when it is not of that form.  Too short to overflow.
 */
static inline int64_t
fs_amount_usual(const char *p, size_t n)
{
	const uint64_t zeros = 0x3030303030303030ULL;
	uint64_t head, tail;
	uint32_t h4, t4;
	int64_t hi = 0, lo;

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
	return -1;	/* The words below are little-endian. */
#endif
	if (n < 4 || n > 16 || p[n - 3] != '.')
		return -1;
	if (n <= 8) {
		/* All n bytes, the last in the top byte, '0' before them. */
		__builtin_memcpy(&h4, p, 4);
		__builtin_memcpy(&t4, p + n - 4, 4);
		tail = (uint64_t)t4 << 32 | (uint64_t)h4 << (8 * (8 - n)) |
		    zeros >> (8 * n - 8) >> 8;
	} else {
		/* The first n - 8 bytes so, and the last 8. */
		__builtin_memcpy(&head, p, 8);
		__builtin_memcpy(&tail, p + n - 8, 8);
		head = head << (8 * (16 - n)) | zeros >> (8 * n - 72) >> 8;
		if ((hi = fs_digits8(head)) < 0)
			return -1;
	}
	/* Out with the point: "ddddd.cc" becomes "0dddddcc". */
	tail = (tail & 0xffffffffffULL) << 8 |
	    (tail & 0xffff000000000000ULL) | '0';
	if ((lo = fs_digits8(tail)) < 0)
		return -1;
	return hi * 10000000 + lo;
}

/* The 8 bytes at p as fs_digits8() takes them, the first lowest. */
static inline uint64_t
fs_word8(const char *p)
{
	uint64_t w;

	__builtin_memcpy(&w, p, sizeof(w));
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	w = __builtin_bswap64(w);
#endif
	return w;
}

/*
 * The key of a valid ID number (fs_idnum_check(): 17 digits, then 0-9,
 * X or x): the digits as a number, times 11, plus the check digit (X:
 * 10), plus 1; below 2^60, never 0, the same for X and x.  Two valid ID
 * numbers have one key when they are the same but for the x's case.
 */
static inline uint64_t
fs_idnum_key(const char *p)
{
	uint64_t k, c;

	k = ((uint64_t)fs_digits8(fs_word8(p)) * 100000000 +
	    (uint64_t)fs_digits8(fs_word8(p + 8))) * 10 +
	    (uint64_t)(p[16] - '0');
	c = p[17] == 'X' || p[17] == 'x' ? 10 : (uint64_t)(p[17] - '0');
	return k * 11 + c + 1;
}

#endif
