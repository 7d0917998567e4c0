/*
 * value.c - parsing and formatting of the SPEC 1.2 value types.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "util.h"
#include "value.h"

static int
isdig(char c)
{
	return c >= '0' && c <= '9';
}

int
fs_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
fs_days_in_month(int y, int m)
{
	static const int mdays[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m == 2 && fs_is_leap(y))
		return 29;
	return mdays[m - 1];
}

int
fs_date_valid(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= fs_days_in_month(y, m);
}

/* Days from civil, after H. Hinnant's public-domain algorithm. */
fs_date
fs_date_make(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/*
 * Hinnant's inverse, for any day number; fs_date_split() takes the days
 * of years -32,800 to 2,900,000 by the shorter way below.
 */
static void
date_split_any(fs_date t, int *y, int *m, int *d)
{
	int z, era, doe, yoe, doy, mp;

	z = t + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/*
 * C. Neri and L. Schneider, "Euclidean affine functions and their
 * application to calendar algorithms" (2022): unsigned, one division by
 * a constant that is not a power of two, and the rest multiplies and
 * shifts (Hinnant's has six divisions and the signs of each).  The day
 * is moved by SPLIT_SHIFT 400-year cycles so that it is not negative.
 */
enum {
	SPLIT_CYCLES = 82,
	SPLIT_SHIFT = 719468 + 146097 * SPLIT_CYCLES,
	SPLIT_YEARS = 400 * SPLIT_CYCLES
};

void
fs_date_split(fs_date t, int *y, int *m, int *d)
{
	uint32_t n, n1, c, nc, n2, z, ny, n3, mm, dd, j;
	uint64_t p2;

	if (t < -SPLIT_SHIFT || t >= (1 << 30) - SPLIT_SHIFT) {
		date_split_any(t, y, m, d);
		return;
	}
	n = (uint32_t)(t + SPLIT_SHIFT);
	n1 = 4 * n + 3;
	c = n1 / 146097;
	nc = n1 % 146097 / 4;
	n2 = 4 * nc + 3;
	p2 = (uint64_t)2939745 * n2;
	z = (uint32_t)(p2 >> 32);
	ny = (uint32_t)p2 / 2939745 / 4;
	n3 = 2141 * ny + 197913;
	mm = n3 >> 16;
	dd = (n3 & 0xffff) / 2141;
	j = ny >= 306;
	*y = (int)(100 * c + z + j) - SPLIT_YEARS;
	*m = (int)(j ? mm - 12 : mm);
	*d = (int)dd + 1;
}

int
fs_date_year(fs_date t)
{
	int y, m, d;

	fs_date_split(t, &y, &m, &d);
	return y;
}

int
fs_weekday(fs_date t)
{
	/* 1970-01-01 was a Thursday (4). */
	int w = (int)((t % 7 + 7 + 3) % 7);

	return w + 1;
}

fs_date
fs_date_add_months(fs_date t, int n)
{
	int y, m, d, k, dim;

	fs_date_split(t, &y, &m, &d);
	k = y * 12 + (m - 1) + n;
	/* Floor division: before year 0, k is negative. */
	y = k >= 0 ? k / 12 : -((11 - k) / 12);
	m = k - y * 12 + 1;
	dim = fs_days_in_month(y, m);
	return fs_date_make(y, m, d < dim ? d : dim);
}

int
fs_months_between(fs_date a, fs_date b)
{
	int ya, ma, da, yb, mb, db, n;

	fs_date_split(a, &ya, &ma, &da);
	fs_date_split(b, &yb, &mb, &db);
	n = (yb - ya) * 12 + (mb - ma);
	/*
	 * a plus n months falls in b's month, on a's day or the month's
	 * last: later than b when that day is.
	 */
	if (n > 0 && (da < fs_days_in_month(yb, mb) ? da :
	    fs_days_in_month(yb, mb)) > db)
		n--;
	return n < 0 ? 0 : n;
}

fs_date
fs_date_today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	return fs_date_make(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

/*
 * What a spreadsheet leaves in a value, found on the error paths only:
 * an error value where a formula failed (#N/A ..., and those of newer
 * Excel: #SPILL!, #FIELD! ...), digits or letters typed in an input
 * method's full-width mode (U+FF10-FF19, FF21-FF3A, FF41-FF5A), a space
 * around the value (U+0020, the no-break space a web page leaves, the
 * ideographic space) or a tab (escaped, \t: a Chinese system's export
 * puts one before a long number to keep it text).
 */
int
fs_spreadsheet_error(const char *p, size_t n)
{
	static const char *const errs[] = {
		"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NAME?", "#NUM!",
		"#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!",
		"#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"
	};
	size_t i;

	if (n < 4 || p[0] != '#')
		return 0;
	for (i = 0; i < sizeof(errs) / sizeof(errs[0]); i++)
		if (strlen(errs[i]) == n && memcmp(errs[i], p, n) == 0)
			return 1;
	return 0;
}

static int
full_width(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i;

	for (i = 0; i + 2 < n; i++)
		if (s[i] == 0xef && ((s[i + 1] == 0xbc &&
		    ((s[i + 2] >= 0x90 && s[i + 2] <= 0x99) ||
		    (s[i + 2] >= 0xa1 && s[i + 2] <= 0xba))) ||
		    (s[i + 1] == 0xbd && s[i + 2] >= 0x81 && s[i + 2] <= 0x9a)))
			return 1;
	return 0;
}

/*
 * Is p[0 .. n) an ASCII id typed in full-width mode: ASCII and the
 * full-width forms of ASCII (U+FF01 to U+FF5E) alone, one of them a
 * letter or a digit?  Not 凭证第１２号, nor 村（一）.
 */
static int
ascii_lookalike(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i;
	int wide = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < 0x80)
			continue;
		if (i + 2 >= n || s[i] != 0xef || !((s[i + 1] == 0xbc &&
		    s[i + 2] >= 0x81) || (s[i + 1] == 0xbd && s[i + 2] <= 0x9e)))
			return 0;
		wide |= full_width(p + i, 3);
		i += 2;
	}
	return wide;
}

static int
spaced(const char *p, size_t n)
{
	static const char nbsp[] = "\xc2\xa0", ideo[] = "\xe3\x80\x80";

	return n > 0 && (p[0] == ' ' || p[n - 1] == ' ' ||
	    (n >= 2 && (memcmp(p, nbsp, 2) == 0 ||
	    memcmp(p + n - 2, nbsp, 2) == 0)) ||
	    (n >= 3 && (memcmp(p, ideo, 3) == 0 ||
	    memcmp(p + n - 3, ideo, 3) == 0)));
}

/*
 * Does p[0 .. n) begin or end with an escaped tab, \t?  At the end, the
 * backslash is an escape's when the backslashes before it are even.
 */
static int
tabbed(const char *p, size_t n)
{
	size_t k = 0;

	if (n < 2)
		return 0;
	if (p[0] == '\\' && p[1] == 't')
		return 1;
	if (p[n - 2] != '\\' || p[n - 1] != 't')
		return 0;
	while (k < n - 2 && p[n - 3 - k] == '\\')
		k++;
	return k % 2 == 0;
}

/*
 * What a spreadsheet leaves, said with the type's own words: its
 * reason for full-width digits, a space around the value, a tab.
 */
struct odd_words {
	const char *wide, *space, *tab;
};

/* Those of spreadsheet_error() and the rest; NULL when none. */
static const char *
spreadsheet_why(const char *p, size_t n, const struct odd_words *w)
{
	if (fs_spreadsheet_error(p, n))
		return "a spreadsheet's error value (a formula failed: put "
		    "the value itself)";
	if (full_width(p, n))
		return w->wide;
	if (spaced(p, n))
		return w->space;
	if (tabbed(p, n))
		return w->tab;
	return NULL;
}

/*
 * The digits at p[*i ..), min to max of them, not followed by another:
 * how many, past them; else 0.
 */
static size_t
digits_at(const char *p, size_t n, size_t *i, size_t min, size_t max)
{
	size_t k = 0;

	while (*i + k < n && k < max && isdig(p[*i + k]))
		k++;
	if (k < min || (*i + k < n && isdig(p[*i + k])))
		return 0;
	*i += k;
	return k;
}

/*
 * Is p[0 .. n) three runs of digits, of least[j] to most[j] digits each,
 * with one separator ('/', '.' or '-') twice between them?
 */
static int
three_parts(const char *p, size_t n, const size_t least[3],
    const size_t most[3])
{
	size_t i = 0, j;
	char sep = 0;

	for (j = 0; j < 3; j++) {
		if (j > 0) {
			if (i >= n || (p[i] != '/' && p[i] != '.' &&
			    p[i] != '-') || (sep != 0 && p[i] != sep))
				return 0;
			sep = p[i++];
		}
		if (digits_at(p, n, &i, least[j], most[j]) == 0)
			return 0;
	}
	return i == n;
}

/*
 * p[0 .. n) as a clerk meant it, in ASCII, into buf (size bytes): an
 * input method's full-width forms of ASCII (U+FF01 to U+FF5E) as their
 * ASCII, 年 and 月 as '-', a 日 or 号 at the end left out.  Its length,
 * or 0 when p holds another character or buf is too small.
 */
static size_t
date_ascii(const char *p, size_t n, char *buf, size_t size)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i = 0, k = 0;

	while (i < n && k < size) {
		if (s[i] < 0x80) {
			buf[k++] = (char)s[i++];
			continue;
		}
		if (n - i < 3)
			return 0;
		if (s[i] == 0xef && s[i + 1] == 0xbc && s[i + 2] >= 0x81)
			buf[k++] = (char)(s[i + 2] - 0x60);
		else if (s[i] == 0xef && s[i + 1] == 0xbd && s[i + 2] <= 0x9e)
			buf[k++] = (char)(s[i + 2] - 0x20);
		else if (memcmp(s + i, "\xe5\xb9\xb4", 3) == 0 ||	/* 年 */
		    memcmp(s + i, "\xe6\x9c\x88", 3) == 0)		/* 月 */
			buf[k++] = '-';
		else if (i + 3 == n && (memcmp(s + i, "\xe6\x97\xa5", 3) == 0 ||
		    memcmp(s + i, "\xe5\x8f\xb7", 3) == 0))	/* 日 号 */
			;
		else
			return 0;
		i += 3;
	}
	return i == n ? k : 0;
}

/*
 * The date p[0 .. n) stands for when date_ascii() makes it year, month
 * and day (2026年1月5日, 2026－01－05), written as YYYY-MM-DD into buf
 * (FS_FMT_MAX bytes): 1; -1 when it has that shape but is no day
 * (2026年2月30日); 0 when it has not.
 */
static int
date_meant(const char *p, size_t n, char *buf)
{
	static const size_t least[3] = { 4, 1, 1 };
	static const size_t most[3] = { 4, 2, 2 };
	char a[32];
	size_t k = date_ascii(p, n, a, sizeof(a)), i = 0, j;
	int part[3];

	if (k == 0 || !three_parts(a, k, least, most))
		return 0;
	for (j = 0; j < 3; j++) {
		part[j] = 0;
		for (; i < k && isdig(a[i]); i++)
			part[j] = part[j] * 10 + (a[i] - '0');
		i++;
	}
	if (!fs_date_valid(part[0], part[1], part[2]))
		return -1;
	fs_date_fmt(fs_date_make(part[0], part[1], part[2]), buf);
	return 1;
}

/* Does p[0 .. n) hold a full-width form of ASCII (U+FF01 to U+FF5E)? */
static int
has_full_width_form(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i;

	for (i = 0; i + 2 < n; i++)
		if (s[i] == 0xef && ((s[i + 1] == 0xbc && s[i + 2] >= 0x81) ||
		    (s[i + 1] == 0xbd && s[i + 2] <= 0x9e)))
			return 1;
	return 0;
}

/*
 * Why p[0 .. n), not of a date's shape, is no date, as a clerk can mend
 * it: the forms a spreadsheet saves a date in (2026/3/1, 2026.03.01,
 * 2026-3-1, 2026年3月1日, 1/3/2026, a date and a time, the day's
 * number), full-width dashes.  A date in Chinese, or with full-width
 * dashes, is said as it is to be written: "write it 2026-01-05".  The
 * error path only.
 */
static __attribute__((noinline, cold)) const char *
date_why(const char *p, size_t n)
{
	static const struct odd_words w = {
		"not a date (full-width digits: type them half-width)",
		"not a date (YYYY-MM-DD; a space around it)",
		"not a date (YYYY-MM-DD; a tab around it)"
	};
	static const size_t ymd_least[3] = { 4, 1, 1 };
	static const size_t ymd_most[3] = { 4, 2, 2 };
	static const size_t dmy_least[3] = { 1, 1, 4 };
	static const size_t dmy_most[3] = { 2, 2, 4 };
	static _Thread_local char why[96];
	char meant[FS_FMT_MAX];
	const char *sp;
	size_t i = 0;
	fs_date t;
	int m;

	if ((sp = spreadsheet_why(p, n, &w)) != NULL)
		return sp;
	/* A date and a time: 2026-03-01 08:00, 2026-03-01T08:00. */
	if (n >= 12 && (p[10] == ' ' || p[10] == 'T') && isdig(p[11]) &&
	    fs_date_parse(p, 10, &t) == NULL)
		return "not a date (YYYY-MM-DD, without a time)";
	/* Another form and a time: 2026/3/1 0:00. */
	if ((sp = memchr(p, ' ', n)) != NULL && sp + 1 < p + n &&
	    isdig(sp[1]) && memchr(sp, ':', (size_t)(p + n - sp)) != NULL &&
	    three_parts(p, (size_t)(sp - p), ymd_least, ymd_most) &&
	    !(sp - p == 10 && p[4] == '-' && p[7] == '-'))
		return "not a date (YYYY-MM-DD, written as 2026-03-01, "
		    "without a time)";
	if (n == 5 && digits_at(p, n, &i, 5, 5) == 5)
		return "not a date (YYYY-MM-DD; a day's number from a "
		    "spreadsheet? format the column as a date)";
	i = 0;
	/* 2026年3月1日: 年, and a digit after it. */
	if (digits_at(p, n, &i, 4, 4) == 4 && n - i >= 4 &&
	    memcmp(p + i, "\xe5\xb9\xb4", 3) == 0 && isdig(p[i + 3])) {
		if ((m = date_meant(p, n, meant)) < 0)
			return "no such day";
		if (m == 0)
			return "not a date (YYYY-MM-DD, like 2026-03-01)";
		snprintf(why, sizeof(why), "not a date (YYYY-MM-DD: write it "
		    "%.10s)", meant);
		return why;
	}
	/* Half-width digits, full-width dashes: 2026－01－05. */
	if (has_full_width_form(p, n)) {
		if (date_meant(p, n, meant) <= 0)
			return "not a date (full-width characters: type them "
			    "half-width)";
		snprintf(why, sizeof(why), "not a date (full-width "
		    "characters: write it %.10s)", meant);
		return why;
	}
	if (three_parts(p, n, ymd_least, ymd_most))
		return "not a date (YYYY-MM-DD, written as 2026-03-01)";
	if (three_parts(p, n, dmy_least, dmy_most))
		return "not a date (YYYY-MM-DD, the year first)";
	return "not a date (YYYY-MM-DD)";
}

/*
 * fs_date_valid() and fs_date_make() for the years of four digits, 0 to
 * 9999, whose arithmetic needs no sign.  A month's last day is looked
 * up, and the year asked whether it is a leap year only for February
 * 29.  The day number is Hinnant's, his year begun on March 1 (so that
 * February's last day is the year's) and moved on by one 400-year cycle
 * (146,097 days): 365 days a year, a day more each fourth year, but the
 * hundredth, but the four hundredth; and the days before the month.
 */
static const unsigned char month_days[13] = {
	0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
};

static inline int
ymd_valid(unsigned y, unsigned m, unsigned d)
{
	if (m - 1 >= 12 || d - 1 >= 31)
		return 0;
	if (d <= month_days[m])
		return 1;
	return m == 2 && d == 29 && y % 4 == 0 &&
	    (y % 100 != 0 || y % 400 == 0);
}

static inline fs_date
ymd_days(unsigned y, unsigned m, unsigned d)
{
	/* Days of the year begun on March 1 before month m's first. */
	static const unsigned short before[13] = {
		0, 306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275
	};
	unsigned q;

	y = y + 400 - (m <= 2);
	q = y / 100;
	return (fs_date)(365 * y + y / 4 - q + q / 4 + before[m] + d - 1) -
	    719468 - 146097;
}

/*
 * Is p[0 .. 10), whose first 8 bytes are head and last 2 tail, in the
 * form YYYY-MM-DD?  On a little-endian machine, without a branch a byte:
 * "YYYY-MM-" less its '0's and '-'s leaves each digit's byte below 10
 * and each dash's 0, and a byte is below 10 when neither it nor it plus
 * 6 reaches 16 (a byte that carries into the next fails itself).
 */
static inline int
date_form(const char *p, uint64_t head, uint16_t tail)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t x = head ^ 0x2d30302d30303030ULL;
	unsigned dx = (unsigned)tail ^ 0x3030;

	(void)p;
	return ((x | (x + 0x0606060606060606ULL)) &
	    0xf0f0f0f0f0f0f0f0ULL) == 0 &&
	    (x & 0xff0000ff00000000ULL) == 0 &&
	    ((dx | (dx + 0x0606)) & 0xf0f0) == 0;
#else
	(void)head;
	(void)tail;
	return p[4] == '-' && p[7] == '-' &&
	    isdig(p[0]) && isdig(p[1]) && isdig(p[2]) && isdig(p[3]) &&
	    isdig(p[5]) && isdig(p[6]) && isdig(p[8]) && isdig(p[9]);
#endif
}

/*
 * The year, month and day of p[0 .. 10), in the form YYYY-MM-DD
 * (date_form()): on a little-endian machine two digits at a time, each
 * byte pair's first digit times 10 added to the second, then the two
 * pairs of the year.
 */
static inline void
date_ymd(const char *p, uint64_t head, uint16_t tail, unsigned *y,
    unsigned *m, unsigned *d)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t x = head - 0x2d30302d30303030ULL;
	uint64_t v = (x * 10 + (x >> 8)) & 0x0000ff0000ff00ffULL;
	unsigned t = (unsigned)tail - 0x3030;

	(void)p;
	*y = (unsigned)(v & 0xff) * 100 + (unsigned)(v >> 16 & 0xff);
	*m = (unsigned)(v >> 40 & 0xff);
	*d = (t & 0xff) * 10 + (t >> 8);
#else
	(void)head;
	(void)tail;
	*y = (unsigned)((p[0] - '0') * 1000 + (p[1] - '0') * 100 +
	    (p[2] - '0') * 10 + (p[3] - '0'));
	*m = (unsigned)((p[5] - '0') * 10 + (p[6] - '0'));
	*d = (unsigned)((p[8] - '0') * 10 + (p[9] - '0'));
#endif
}

const char *
fs_date_parse(const char *p, size_t n, fs_date *out)
{
	/* Rows come grouped by day more often than not: remember the last. */
	static _Thread_local uint64_t last_head;
	static _Thread_local uint16_t last_tail;
	static _Thread_local fs_date last_date;
	uint64_t head;
	uint16_t tail;
	unsigned y, m, d;

	if (n != 10)
		return date_why(p, n);
	memcpy(&head, p, 8);
	memcpy(&tail, p + 8, 2);
	/* head 0 (eight NUL bytes, no date) is none yet. */
	if (head == last_head && tail == last_tail && head != 0) {
		*out = last_date;
		return NULL;
	}
	if (!date_form(p, head, tail))
		return date_why(p, n);
	date_ymd(p, head, tail, &y, &m, &d);
	if (!ymd_valid(y, m, d))
		return "no such day";
	*out = last_date = ymd_days(y, m, d);
	last_head = head;
	last_tail = tail;
	return NULL;
}

static int
all_digits(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdig(p[i]))
			return 0;
	return 1;
}

/* The digits p (before e) starts with. */
static size_t
digit_run(const char *p, const char *e)
{
	const char *s = p;

	while (p < e && isdig(*p))
		p++;
	return (size_t)(p - s);
}

/*
 * Whether p .. e has a number's shape: digits, then a point and at most
 * maxfrac digits (none when maxfrac is 0).  A value whose digits are too
 * many to compute is "too large" when it has that shape, and "not a ..."
 * when it has not: 11111111111111111111x is not a count.
 */
static int
number_shaped(const char *p, const char *e, size_t maxfrac)
{
	size_t k;

	if ((k = digit_run(p, e)) == 0)
		return 0;
	p += k;
	if (p < e && *p == '.' && maxfrac > 0) {
		p++;
		if ((k = digit_run(p, e)) == 0 || k > maxfrac)
			return 0;
		p += k;
	}
	return p == e;
}

/* Does p[0 .. n) hold the bytes of c? */
static int
holds(const char *p, size_t n, const char *c)
{
	size_t k = strlen(c), i;

	for (i = 0; i + k <= n; i++)
		if (memcmp(p + i, c, k) == 0)
			return 1;
	return 0;
}

/*
 * Why (p[0 .. n)) is no amount: an accounting format's negative, said
 * with the number itself when it is an amount (digits, a point, two
 * decimals at most, not too large): "write -100.00".
 */
static const char *
bracketed(const char *p, size_t n)
{
	static _Thread_local char why[96];
	int64_t fen;

	if (n > 24 || !isdig(p[0]) || fs_amount_parse(p, n, &fen) != NULL)
		return "not an amount (a negative in brackets? write it "
		    "with a minus)";
	snprintf(why, sizeof(why), "not an amount (a negative in brackets? "
	    "write -%.*s)", (int)n, p);
	return why;
}

/*
 * Why p[0 .. n) is no amount, as a clerk can mend it: the forms a
 * spreadsheet's number, currency and accounting formats write (1,200.00,
 * ¥1,200.00, (640.00) for a negative, - for zero, 1.2E+03), more than
 * two decimals.  The error path only.
 */
static __attribute__((noinline, cold)) const char *
amount_why(const char *p, size_t n)
{
	static const struct odd_words w = {
		"not an amount (full-width digits: type them half-width)",
		"not an amount (yuan, like 1234.50; a space around it)",
		"not an amount (yuan, like 1234.50; a tab around it)"
	};
	const char *e = p + n, *q = p, *why;
	size_t k;

	if ((why = spreadsheet_why(p, n, &w)) != NULL)
		return why;
	if (holds(p, n, "\xc2\xa5") || holds(p, n, "\xef\xbf\xa5") ||
	    holds(p, n, "\xe5\x85\x83"))			/* ¥ ￥ 元 */
		return "not an amount (yuan, like 1234.50, without \xc2\xa5 "
		    "or \xe5\x85\x83)";
	if (n == 1 && p[0] == '-')
		return "not an amount (an accounting format's zero? write 0)";
	if (n >= 3 && p[0] == '(' && p[n - 1] == ')' && isdig(p[1]))
		return bracketed(p + 1, n - 2);
	if (q < e && *q == '-')
		q++;
	if ((k = digit_run(q, e)) > 0 && q + k < e && q[k] == ',')
		return "not an amount (yuan, like 1234.50, no thousands "
		    "separators)";
	q += k;
	if (k > 0 && q < e && *q == '.') {
		q++;
		k = digit_run(q, e);
		q += k;
		if (q == e && k > 2)
			return "not an amount (at most two decimals, to "
			    "the fen)";
	}
	if (k > 0 && q < e && (*q == 'E' || *q == 'e'))
		return "not an amount (E notation: format the column as a "
		    "number with two decimals)";
	return "not an amount (yuan, like 1234.50)";
}

const char *
fs_amount_parse(const char *p, size_t n, int64_t *fen)
{
	const char *e = p + n, *p0 = p;
	uint64_t v = 0;
	int neg = 0, digits = 0, cents = 0, k;
	int64_t usual;

	if ((usual = fs_amount_usual(p, n)) >= 0) {
		*fen = usual;
		return NULL;
	}
	if (p < e && *p == '-') {
		neg = 1;
		p++;
	}
	for (; p < e && isdig(*p); p++, digits++) {
		if (v > (UINT64_MAX - 9) / 10)
			return number_shaped(p, e, 2) ? "amount too large" :
			    amount_why(p0, n);
		v = v * 10 + (uint64_t)(*p - '0');
	}
	if (digits == 0)
		return amount_why(p0, n);
	if (p < e && *p == '.') {
		p++;
		for (k = 0; k < 2 && p < e && isdig(*p); k++, p++)
			cents = cents * 10 + (*p - '0');
		if (k == 0)
			return amount_why(p0, n);
		if (k == 1)
			cents *= 10;
	}
	if (p != e)
		return amount_why(p0, n);
	if (v > INT64_MAX / 100 ||
	    (v == INT64_MAX / 100 && cents > INT64_MAX % 100))
		return "amount too large";
	v = v * 100 + (uint64_t)cents;
	*fen = neg ? -(int64_t)v : (int64_t)v;
	return NULL;
}

/* Why p[0 .. n) is no count, as a clerk can mend it (error path). */
static __attribute__((noinline, cold)) const char *
count_why(const char *p, size_t n)
{
	static const struct odd_words w = {
		"not a count (full-width digits: type them half-width)",
		"not a count (digits; a space around it)",
		"not a count (digits; a tab around it)"
	};
	const char *why;
	size_t k;

	if ((why = spreadsheet_why(p, n, &w)) != NULL)
		return why;
	if ((k = digit_run(p, p + n)) > 0 && k + 1 < n && p[k] == '.' &&
	    all_digits(p + k + 1, n - k - 1))
		return "not a count (a whole number, like 5)";
	return "not a count (digits)";
}

const char *
fs_count_parse(const char *p, size_t n, int64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (n == 0)
		return "not a count (digits)";
	for (i = 0; i < n; i++) {
		if (!isdig(p[i]))
			return count_why(p, n);
		/* Checked before it is computed, so it cannot wrap. */
		if (v > (INT64_MAX - (uint64_t)(p[i] - '0')) / 10)
			return all_digits(p + i, n - i) ? "count too large" :
			    count_why(p, n);
		v = v * 10 + (uint64_t)(p[i] - '0');
	}
	*out = (int64_t)v;
	return NULL;
}

/*
 * The length of the white space, control or zero-width character that
 * UTF-8 s (n bytes) starts with, beyond ASCII, or 0: the C1 controls
 * (U+0080-009F, NEL among them), U+00A0, U+1680, U+2000-200B, U+2028,
 * U+2029, U+202F, U+205F, U+3000 and U+FEFF -- what a clerk's copy from
 * a web page or a word processor leaves in an id that looks like
 * another.
 */
static size_t
wide_space(const unsigned char *s, size_t n)
{
	if (n >= 2 && s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0xa0)
		return 2;
	if (n < 3)
		return 0;
	switch (s[0]) {
	case 0xe1:
		return s[1] == 0x9a && s[2] == 0x80 ? 3 : 0;
	case 0xe2:
		if (s[1] == 0x80)
			return s[2] <= 0x8b || s[2] == 0xa8 || s[2] == 0xa9 ||
			    s[2] == 0xaf ? 3 : 0;
		return s[1] == 0x81 && s[2] == 0x9f ? 3 : 0;
	case 0xe3:
		return s[1] == 0x80 && s[2] == 0x80 ? 3 : 0;
	case 0xef:
		return s[1] == 0xbb && s[2] == 0xbf ? 3 : 0;
	}
	return 0;
}

const unsigned char fs_blank_lead[256] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
	[' '] = 1, ['\\'] = 1, [0xc2] = 1, [0xe1] = 1, [0xe2] = 1,
	[0xe3] = 1, [0xef] = 1
};

/* The length of the white space p[0 .. n) starts with, or 0. */
static size_t
blank_len(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;

	if (s[0] == ' ' || (s[0] >= '\t' && s[0] <= '\r'))
		return 1;
	if (s[0] == '\\')
		return n >= 2 && (s[1] == 't' || s[1] == 'n' || s[1] == 'r') ?
		    2 : 0;
	/* Of U+0080 to U+00A0, U+0085 and the no-break space alone. */
	if (s[0] == 0xc2)
		return n >= 2 && (s[1] == 0x85 || s[1] == 0xa0) ? 2 : 0;
	return wide_space(s, n);
}

const char fs_blank_missing[] =
    "missing (only white space: a cell cleared with a space?)";

int
fs_blank(const char *p, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i += k)
		if ((k = blank_len(p + i, n - i)) == 0)
			return 0;
	return n > 0;
}

/*
 * Is p[0 .. n) E notation, digit[.digits]E[+-]digits: an id a
 * spreadsheet took for a number (4.10102E+17), its last digits lost?
 */
static int
e_notation(const char *p, size_t n)
{
	size_t i = 1;

	if (n < 4 || !isdig(p[0]))
		return 0;
	if (p[i] == '.') {
		i++;
		if (digit_run(p + i, p + n) == 0)
			return 0;
		i += digit_run(p + i, p + n);
	}
	if (n - i < 3 || (p[i] != 'E' && p[i] != 'e') ||
	    (p[i + 1] != '+' && p[i + 1] != '-'))
		return 0;
	i += 2;
	return digit_run(p + i, p + n) == n - i;
}

static int ieq(const char *p, size_t n, const char *word);

const unsigned char fs_missing_lead[256] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
	[' '] = 1, ['\\'] = 1, [0xc2] = 1, [0xe1] = 1, [0xe2] = 1,
	[0xe3] = 1, [0xef] = 1,
	['-'] = 1, ['/'] = 1, ['.'] = 1, ['?'] = 1, ['*'] = 1, ['#'] = 1,
	['n'] = FS_LEAD_LATIN, ['N'] = FS_LEAD_LATIN,
	['t'] = FS_LEAD_LATIN, ['T'] = FS_LEAD_LATIN,
	[0xe4] = FS_LEAD_HAN, [0xe5] = FS_LEAD_HAN, [0xe6] = FS_LEAD_HAN,
	[0xe7] = FS_LEAD_HAN
};

size_t
fs_blank_end(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;

	if (n == 0)
		return 0;
	if (s[n - 1] == ' ' || (s[n - 1] >= '\t' && s[n - 1] <= '\r'))
		return 1;
	if (n >= 2 && s[n - 2] == '\\' &&
	    (s[n - 1] == 't' || s[n - 1] == 'n' || s[n - 1] == 'r'))
		return 2;
	if (n >= 2 && s[n - 2] == 0xc2 && (s[n - 1] == 0x85 ||
	    s[n - 1] == 0xa0))
		return 2;
	return n >= 3 && wide_space(s + n - 3, 3) == 3 ? 3 : 0;
}

/*
 * A word for none or an error value with white space around it (无 and
 * a space: a cell a clerk typed into and left) is one all the same.
 */
int
fs_missing_whole(const char *p, size_t n)
{
	size_t k;

	if (fs_blank(p, n))
		return 1;
	while (n > 0 && (k = blank_len(p, n)) > 0) {
		p += k;
		n -= k;
	}
	while ((k = fs_blank_end(p, n)) > 0)
		n -= k;
	return (n <= FS_NONE_MAX && fs_none_word(p, n)) ||
	    fs_spreadsheet_error(p, n);
}

/*
 * Is p[0 .. n) a word a clerk writes for "none" where an id is wanted
 * (a helper_id of 无 is no helper, not helper 无): dashes, slashes,
 * dots, question marks, stars or an ellipsis alone (-, /, —, ——, －,
 * ？, …), or one of the words below (the English ones in any case).
 */
/*
 * Is the character at p (3 bytes of UTF-8) the first of a Chinese word
 * for "none" below?  So that a name (张三) is passed over at once.
 */
static int
none_lead(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;

	switch ((uint32_t)u[0] << 16 | (uint32_t)u[1] << 8 | u[2]) {
	case 0xe697a0:	/* 无 */
	case 0xe69a82:	/* 暂 */
	case 0xe5b09a:	/* 尚 */
	case 0xe6b2a1:	/* 没 */
	case 0xe5be85:	/* 待 */
	case 0xe69caa:	/* 未 */
	case 0xe7a9ba:	/* 空 */
	case 0xe7bcba:	/* 缺 */
	case 0xe4b88d:	/* 不 */
	case 0xe795a5:	/* 略 */
	case 0xe590a6:	/* 否 */
		return 1;
	default:
		return 0;
	}
}

int
fs_none_word(const char *p, size_t n)
{
	static const char *const latin[] = {
		"n/a", "na", "n.a.", "n.a", "nil", "nan", "none", "null",
		"tbd", "tba"
	};
	static const char *const words[] = {
		"\xe6\x97\xa0",				/* 无 */
		"\xe6\x9a\x82\xe6\x97\xa0",			/* 暂无 */
		"\xe5\xb0\x9a\xe6\x97\xa0",			/* 尚无 */
		"\xe6\xb2\xa1\xe6\x9c\x89",			/* 没有 */
		"\xe6\x97\xa0\xe4\xba\xba",			/* 无人 */
		"\xe5\xbe\x85\xe5\xae\x9a",			/* 待定 */
		"\xe6\x9c\xaa\xe5\xae\x9a",			/* 未定 */
		"\xe5\xbe\x85\xe7\xa1\xae\xe5\xae\x9a",	/* 待确定 */
		"\xe6\x9c\xaa\xe7\xa1\xae\xe5\xae\x9a",	/* 未确定 */
		"\xe7\xa9\xba",				/* 空 */
		"\xe7\xa9\xba\xe7\x99\xbd",			/* 空白 */
		"\xe7\xa9\xba\xe7\xbc\xba",			/* 空缺 */
		"\xe7\xbc\xba",				/* 缺 */
		"\xe6\x9a\x82\xe7\xbc\xba",			/* 暂缺 */
		"\xe4\xb8\x8d\xe8\xaf\xa6",			/* 不详 */
		"\xe6\x9c\xaa\xe7\x9f\xa5",			/* 未知 */
		"\xe6\x9c\xaa\xe5\xa1\xab",			/* 未填 */
		"\xe6\x9c\xaa\xe5\xa1\xab\xe5\x86\x99",	/* 未填写 */
		"\xe5\xbe\x85\xe5\xa1\xab",			/* 待填 */
		"\xe5\xbe\x85\xe5\xa1\xab\xe5\x86\x99",	/* 待填写 */
		"\xe5\xbe\x85\xe8\xa1\xa5",			/* 待补 */
		"\xe5\xbe\x85\xe8\xa1\xa5\xe5\x85\x85",	/* 待补充 */
		"\xe6\x9c\xaa\xe5\xae\x89\xe6\x8e\x92",	/* 未安排 */
		"\xe5\xbe\x85\xe5\xae\x89\xe6\x8e\x92",	/* 待安排 */
		"\xe6\x9c\xaa\xe6\x8c\x87\xe5\xae\x9a",	/* 未指定 */
		"\xe6\x9c\xaa\xe5\x88\x86\xe9\x85\x8d",	/* 未分配 */
		"\xe5\xbe\x85\xe5\x88\x86\xe9\x85\x8d",	/* 待分配 */
		"\xe7\x95\xa5",				/* 略 */
		"\xe5\x90\xa6",				/* 否 */
	};
	/* The marks for nothing: ASCII's, and ‐ ‑ ‒ – — ― … − － ／ ？ ＊. */
	static const char *const marks[] = {
		"\xe2\x80\x90", "\xe2\x80\x91", "\xe2\x80\x92",
		"\xe2\x80\x93", "\xe2\x80\x94", "\xe2\x80\x95",
		"\xe2\x80\xa6", "\xe2\x88\x92", "\xef\xbc\x8d",
		"\xef\xbc\x8f", "\xef\xbc\x9f", "\xef\xbc\x8a"
	};
	unsigned char c;
	size_t i, j;

	/*
	 * By the first byte: a Latin word (4 bytes at most), a Chinese one
	 * (3, 6 or 9 bytes, each character's lead 0xe4-0xe7, the first one
	 * of none_lead()'s), or marks
	 * alone; so that a notice_ref such as N2026-0415 is passed over in
	 * a few instructions.
	 */
	if (n == 0)
		return 1;
	c = (unsigned char)p[0];
	if (c < 0x80 && memchr("-/.?*", c, 5) == NULL) {
		for (i = 0; n <= 4 && i < sizeof(latin) / sizeof(latin[0]);
		    i++)
			if (ieq(p, n, latin[i]))
				return 1;
		return 0;
	}
	if (c >= 0xe4 && c <= 0xe7) {
		for (i = 0; n % 3 == 0 && n <= 9 && none_lead(p) &&
		    i < sizeof(words) / sizeof(words[0]); i++)
			if (n == strlen(words[i]) && memcmp(p, words[i], n) == 0)
				return 1;
		return 0;
	}
	for (i = 0; i < n; i++) {
		if (memchr("-/.?*", p[i], 5) != NULL)
			continue;
		for (j = 0; j < sizeof(marks) / sizeof(marks[0]); j++)
			if (n - i >= 3 && memcmp(p + i, marks[j], 3) == 0)
				break;
		if (j == sizeof(marks) / sizeof(marks[0]))
			return 0;
		i += 2;
	}
	return 1;
}

const char *
fs_id_check(const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t i;

	if (n == 0)
		return "empty id";
	if (n > 64)
		return "id longer than 64 bytes";
	/*
	 * Plain printable ASCII without a backslash: the common case; one
	 * that starts with '#' may be a spreadsheet's error value, one
	 * fs_id_odd() names a word for none or E notation.
	 */
	for (i = 0; i < n; i++)
		if ((unsigned char)(s[i] - 0x21) >= 0x5e || s[i] == '\\')
			break;
	if (i == n && !fs_id_odd(p, n))
		return NULL;
	if (fs_spreadsheet_error(p, n))
		return "a spreadsheet's error value (a formula failed: put "
		    "the id itself)";
	/* A cell cleared with a space: no id, as format.c says. */
	if (fs_blank(p, n))
		return fs_blank_missing;
	/* 无 would be helper 无, where there is none. */
	if (fs_none_word(p, n))
		return "not an id (a word for 'none'? leave the cell empty)";
	if (e_notation(p, n))
		return "id in E notation (a spreadsheet wrote it as a number "
		    "and lost its last digits: format the column as text and "
		    "type it again)";
	/* Ｓ０１ would be another secretary than S01. */
	if (ascii_lookalike(p, n))
		return "id in full-width letters or digits (type it "
		    "half-width)";
	for (i = 0; i < n; i++) {
		if (s[i] <= 0x20 || s[i] == 0x7f)
			return "id with white space or a control character";
		/*
		 * An escaped tab, newline or carriage return; or a lone
		 * backslash, which stands for itself (SPEC 1.1) as "\\\\"
		 * does: the same id spelled two ways would be two keys, so
		 * an id takes the one spelling every tool writes.
		 */
		if (s[i] == '\\') {
			if (i + 1 < n && (s[i + 1] == 't' || s[i + 1] == 'n' ||
			    s[i + 1] == 'r'))
				return "id with white space or a control character";
			if (i + 1 == n || s[i + 1] != '\\')
				return "id with a lone backslash (in TSV a "
				    "backslash is written twice: one id, one "
				    "spelling)";
			i++;
		}
		if (s[i] >= 0xc2 && wide_space(s + i, n - i) > 0)
			return "id with white space or a control character";
		/*
		 * A joiner, a mark or override that turns text right to
		 * left, a soft hyphen: S01 with one is not S01, and looks it.
		 */
		if (s[i] >= 0xc2 && fs_hidden_len(p + i, n - i) > 0)
			return "id with an invisible character";
	}
	return NULL;
}

static int
ieq(const char *p, size_t n, const char *word)
{
	size_t i;

	if (strlen(word) != n)
		return 0;
	for (i = 0; i < n; i++) {
		char c = p[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != word[i])
			return 0;
	}
	return 1;
}

const char *
fs_yesno_parse(const char *p, size_t n, int *yes)
{
	static const struct odd_words w = {
		"not yes or no (full-width letters or digits: type them "
		"half-width)",
		"not yes or no (a space around it)",
		"not yes or no (a tab around it)"
	};
	const char *why;

	if (ieq(p, n, "yes") || ieq(p, n, "y") || ieq(p, n, "1") ||
	    ieq(p, n, "true")) {
		*yes = 1;
		return NULL;
	}
	if (ieq(p, n, "no") || ieq(p, n, "n") || ieq(p, n, "0") ||
	    ieq(p, n, "false")) {
		*yes = 0;
		return NULL;
	}
	why = spreadsheet_why(p, n, &w);
	return why != NULL ? why :
	    "not yes or no (yes, no, y, n, 1, 0, true or false)";
}

/*
 * Why p[0 .. n), not of 18 characters, is no resident ID number, as a
 * clerk can mend it: spaces copied in, the old 15-digit number, or a
 * spreadsheet's E notation (1.10105E+17: the column was a number).
 */
/*
 * What a clerk's copy or a spreadsheet left in p[0 .. n) that is no
 * resident ID number: an error value, full-width digits, spaces in it
 * (a no-break space too), E notation; or NULL.
 */
static const char *
idnum_odd_why(const char *p, size_t n)
{
	static const struct odd_words w = {
		"not a resident ID number (full-width digits: type them "
		"half-width)",
		"not a resident ID number (spaces in it)",
		"not a resident ID number (a tab around it)"
	};
	const char *why;
	size_t i;

	if ((why = spreadsheet_why(p, n, &w)) != NULL)
		return why;
	for (i = 0; i < n; i++)
		if (p[i] == ' ' || (i + 1 < n && memcmp(p + i, "\xc2\xa0",
		    2) == 0))
			return "not a resident ID number (spaces in it)";
		else if (p[i] == '-' && i > 0 && isdig(p[i - 1]))
			return "not a resident ID number (dashes in it: 17 "
			    "digits and a check digit alone)";
		else if ((p[i] == 'E' || p[i] == 'e') && i + 1 < n &&
		    p[i + 1] == '+')
			return "not a resident ID number (a spreadsheet wrote "
			    "it as a number and lost its last digits: format "
			    "the column as text and type it again)";
	return NULL;
}

static __attribute__((noinline, cold)) const char *
idnum_length_why(const char *p, size_t n)
{
	const char *why;
	size_t i, digits = 0;

	if ((why = idnum_odd_why(p, n)) != NULL)
		return why;
	for (i = 0; i < n; i++)
		digits += isdig(p[i]);
	if (n == 15 && digits == 15)
		return "an old 15-digit ID number (the 18-character one is "
		    "needed)";
	return "not a resident ID number (18 characters)";
}

/*
 * The weighted sum of the 17 digits of an ID number (all digits).  On a
 * little-endian machine, eight digits at a time: the even ones and the
 * odd ones each in four 16-bit lanes, times the weights laid out in
 * reverse, leave the sum of the four products in the top lane (at most
 * 360: no lane carries into the next).
 */
static inline int
idnum_sum(const char *p, const int weight[17])
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t lanes = 0x00ff00ff00ff00ffULL;
	uint64_t a, b, sum;

	(void)weight;
	memcpy(&a, p, 8);
	memcpy(&b, p + 8, 8);
	a -= 0x3030303030303030ULL;
	b -= 0x3030303030303030ULL;
	/* Weights 7 9 10 5 8 4 2 1, then 6 3 7 9 10 5 8 4. */
	sum = ((a & lanes) * 0x0007000a00080002ULL >> 48) +
	    ((a >> 8 & lanes) * 0x0009000500040001ULL >> 48) +
	    ((b & lanes) * 0x00060007000a0008ULL >> 48) +
	    ((b >> 8 & lanes) * 0x0003000900050004ULL >> 48);
	return (int)sum + (p[16] - '0') * 2;
#else
	int i, sum = 0;

	for (i = 0; i < 17; i++)
		sum += (p[i] - '0') * weight[i];
	return sum;
#endif
}

const char *
fs_idnum_check(const char *p, size_t n)
{
	static const int weight[17] = {
		7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
	};
	static const char check[] = "10X98765432";
	int sum, y, m, d;
	unsigned bad = 0;
	const char *why;
	char c;

	if (n != 18)
		return idnum_length_why(p, n);
	/* All digits: no byte of either word below '0' or above '9'. */
	{
		const uint64_t ones = 0x0101010101010101ULL;
		const uint64_t highs = 0x8080808080808080ULL;
		uint64_t a, b;

		memcpy(&a, p, 8);
		memcpy(&b, p + 8, 8);
		a -= ones * '0';
		b -= ones * '0';
		bad = ((a | b | (a + ones * 0x76) | (b + ones * 0x76)) &
		    highs) != 0 || !isdig(p[16]);
	}
	/* 18 bytes, not all digits: spaces, an error value ... */
	if (bad)
		return (why = idnum_odd_why(p, n)) != NULL ? why :
		    "not a resident ID number (17 digits and a check digit)";
	sum = idnum_sum(p, weight);
	c = p[17] == 'x' ? 'X' : p[17];
	if (!isdig(c) && c != 'X')
		return (why = idnum_odd_why(p, n)) != NULL ? why :
		    "not a resident ID number (17 digits and a check digit)";
	y = (p[6] - '0') * 1000 + (p[7] - '0') * 100 + (p[8] - '0') * 10 +
	    (p[9] - '0');
	m = (p[10] - '0') * 10 + (p[11] - '0');
	d = (p[12] - '0') * 10 + (p[13] - '0');
	if (!ymd_valid((unsigned)y, (unsigned)m, (unsigned)d))
		return "resident ID number with an impossible birth date";
	/*
	 * A spreadsheet keeps 15 digits of a number: saved as one, the
	 * last three became 000.
	 */
	if (check[sum % 11] != c)
		return memcmp(p + 15, "000", 3) == 0 ? "resident ID number "
		    "with a wrong check digit (ending in 000: a spreadsheet "
		    "kept 15 digits of it? format the column as text and type "
		    "it again)" : "resident ID number with a wrong check digit";
	return NULL;
}

const char *
fs_ratio_parse(const char *p, size_t n, struct fs_ratio *out)
{
	const char *e = p + n, *slash, *f, *last;
	int64_t num = 0, den = 1;
	int digits = 0;

	slash = memchr(p, '/', n);
	if (slash != NULL) {
		if (fs_count_parse(p, (size_t)(slash - p), &num) != NULL ||
		    fs_count_parse(slash + 1, (size_t)(e - slash - 1),
		    &den) != NULL)
			/* Digits both sides: too many of them. */
			return slash > p && e > slash + 1 &&
			    all_digits(p, (size_t)(slash - p)) &&
			    all_digits(slash + 1, (size_t)(e - slash - 1)) ?
			    "ratio too large" :
			    "not a ratio (N/D or a decimal)";
		if (den == 0)
			return "ratio with a zero denominator";
		out->num = num;
		out->den = den;
		return NULL;
	}
	for (; p < e && isdig(*p); p++, digits++) {
		if (num > (INT64_MAX - (*p - '0')) / 10)
			return number_shaped(p, e, SIZE_MAX) ?
			    "ratio too large" :
			    "not a ratio (N/D or a decimal)";
		num = num * 10 + (*p - '0');
	}
	if (digits == 0)
		return "not a ratio (N/D or a decimal)";
	if (p < e && *p == '.') {
		for (f = ++p; p < e && isdig(*p); p++)
			continue;
		if (p == f)
			return "not a ratio (N/D or a decimal)";
		/* Trailing zeros add nothing: 0.50000000000000000000 is 1/2. */
		for (last = p; last > f && last[-1] == '0'; last--)
			continue;
		for (; f < last; f++) {
			if (num > (INT64_MAX - (*f - '0')) / 10 ||
			    den > INT64_MAX / 10)
				return p == e ? "ratio too precise" :
				    "not a ratio (N/D or a decimal)";
			num = num * 10 + (*f - '0');
			den *= 10;
		}
	}
	if (p != e)
		return "not a ratio (N/D or a decimal)";
	out->num = num;
	out->den = den;
	return NULL;
}

size_t
fs_date_fmt(fs_date t, char *buf)
{
	int y, m, d;

	fs_date_split(t, &y, &m, &d);
	if (y < 0 || y > 9999)
		y = y < 0 ? 0 : 9999;
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	buf[10] = '\0';
	return 10;
}

size_t
fs_month_fmt(fs_date t, char *buf)
{
	fs_date_fmt(t, buf);
	buf[7] = '\0';
	return 7;
}

size_t
fs_year_fmt(int year, char *buf)
{
	fs_date_fmt(fs_date_make(year, 1, 1), buf);
	buf[4] = '\0';
	return 4;
}

static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324"
    "25262728293031323334353637383940414243444546474849"
    "50515253545556575859606162636465666768697071727374"
    "75767778798081828384858687888990919293949596979899";

/*
 * How many digits v has (1 for 0): the bits it takes give the count but
 * for one, which a power of ten settles (log10(2) ~ 1233 / 4096).
 */
static size_t
ndigits(uint64_t v)
{
	static const uint64_t pow10[20] = {
		1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
		100000000, 1000000000, 10000000000ULL, 100000000000ULL,
		1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
		1000000000000000ULL, 10000000000000000ULL,
		100000000000000000ULL, 1000000000000000000ULL,
		10000000000000000000ULL
	};
	size_t t = (size_t)(64 - __builtin_clzll(v | 1)) * 1233 >> 12;

	return t + (v >= pow10[t]) + (v == 0);
}

/*
 * v's digits, two at a time from the right, straight into place: it
 * takes its n digits (ndigits()) at buf, and ends the string.
 */
static size_t
ufmt(uint64_t v, char *buf)
{
	size_t n = ndigits(v);
	char *q = buf + n;

	*q = '\0';
	while (v >= 100) {
		q -= 2;
		memcpy(q, digit_pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10)
		memcpy(q - 2, digit_pairs + 2 * v, 2);
	else
		q[-1] = (char)('0' + v);
	return n;
}

size_t
fs_int_fmt(int64_t v, char *buf)
{
	if (v < 0) {
		buf[0] = '-';
		return 1 + ufmt(0 - (uint64_t)v, buf + 1);
	}
	return ufmt((uint64_t)v, buf);
}

size_t
fs_amount_fmt(int64_t fen, char *buf)
{
	uint64_t u = fen < 0 ? 0 - (uint64_t)fen : (uint64_t)fen;
	size_t n = 0;

	if (fen < 0)
		buf[n++] = '-';
	n += ufmt(u / 100, buf + n);
	buf[n++] = '.';
	memcpy(buf + n, digit_pairs + 2 * (u % 100), 2);
	n += 2;
	buf[n] = '\0';
	return n;
}

size_t
fs_fixed_fmt(int64_t num, int64_t den, int decimals, char *buf)
{
	unsigned __int128 scale = 1, q, r, u, d;
	uint64_t ip, fp;
	size_t n = 0;
	int i, neg = (num < 0) != (den < 0) && num != 0;

	for (i = 0; i < decimals; i++)
		scale *= 10;
	u = num < 0 ? 0 - (uint64_t)num : (uint64_t)num;
	d = den < 0 ? 0 - (uint64_t)den : (uint64_t)den;
	if (d == 0)
		d = 1, u = 0;
	/* Round half away from zero: (2 u scale + d) / (2 d). */
	q = (2 * u * scale + d) / (2 * d);
	r = q % scale;
	ip = (uint64_t)(q / scale);
	fp = (uint64_t)r;
	if (neg && q != 0)
		buf[n++] = '-';
	n += ufmt(ip, buf + n);
	if (decimals > 0) {
		char tmp[24];

		buf[n++] = '.';
		ufmt(fp + (uint64_t)scale, tmp);	/* leading 1, then digits */
		memcpy(buf + n, tmp + 1, (size_t)decimals);
		n += (size_t)decimals;
	}
	buf[n] = '\0';
	return n;
}

size_t
fs_percent_fmt(int64_t part, int64_t whole, char *buf)
{
	unsigned __int128 p = part > 0 ? (uint64_t)part : 0;
	unsigned __int128 w = whole > 0 ? (uint64_t)whole : 1;
	int64_t tenths;

	tenths = (int64_t)((p * 2000 + w) / (2 * w));
	if (tenths >= 1000 && p < w)
		tenths = 999;
	else if (tenths == 0 && p > 0)
		tenths = 1;
	return fs_fixed_fmt(tenths, 10, 1, buf);
}

int64_t
fs_div_round(int64_t a, int64_t b)
{
	__int128 x = a, y = b, q;

	if (y < 0)
		x = -x, y = -y;
	if (x >= 0)
		q = (2 * x + y) / (2 * y);
	else
		q = -((-2 * x + y) / (2 * y));
	return (int64_t)q;
}

int64_t
fs_ratio_ceil_mul(struct fs_ratio r, int64_t n)
{
	__int128 p = (__int128)r.num * n, q;

	q = (p + r.den - 1) / r.den;
	if (q > INT64_MAX)
		return -1;
	return (int64_t)q;
}

int
fs_mul_overflow(int64_t a, int64_t b, int64_t *prod)
{
	return __builtin_mul_overflow(a, b, prod) ? -1 : 0;
}

int
fs_delimiter_parse(const char *s)
{
	if (strcmp(s, "\\t") == 0 || strcmp(s, "tab") == 0)
		return '\t';
	if (strlen(s) != 1 || *s == '"' || *s == '\n' || *s == '\r' ||
	    (unsigned char)*s >= 0x80)
		return -1;
	return (unsigned char)*s;
}
