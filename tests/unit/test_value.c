/*
 * test_value.c - the value parsers and formats of SPEC 1.2.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../common/util.h"
#include "../../common/value.h"
#include "unit.h"

#define S(s) (s), strlen(s)

/* fs_amount_parse(), and its fast form that must say the same. */
static const char *
amount(const char *s, int64_t *fen)
{
	const char *why, *fast;
	int64_t f = 12345;

	why = fs_amount_parse(S(s), fen);
	fast = fs_amount_parse_fast(S(s), &f);
	if (why != NULL ? fast == NULL || strcmp(why, fast) != 0 :
	    fast != NULL || f != *fen)
		return "fs_amount_parse_fast() says otherwise";
	return why;
}

static void
test_date(void)
{
	fs_date t;
	char buf[FS_FMT_MAX], bad[10];
	const char *why;
	int y, m, d, i, k;

	CHECK(fs_date_parse(S("2026-01-01"), &t) == NULL);
	CHECK(fs_date_parse(S("1970-01-01"), &t) == NULL && t == 0);
	CHECK(fs_date_parse(S("2024-02-29"), &t) == NULL);
	CHECK(fs_date_parse(S("2000-02-29"), &t) == NULL);
	CHECK(fs_date_parse(S("2026-02-29"), &t) != NULL);
	CHECK(fs_date_parse(S("1900-02-29"), &t) != NULL);
	CHECK(fs_date_parse(S("2026-04-31"), &t) != NULL);
	CHECK(fs_date_parse(S("2026-13-01"), &t) != NULL);
	CHECK(fs_date_parse(S("2026-00-10"), &t) != NULL);
	CHECK(fs_date_parse(S("2026-01-00"), &t) != NULL);
	CHECK(fs_date_parse(S("2026-1-01"), &t) != NULL);
	CHECK(fs_date_parse(S("2026/01/01"), &t) != NULL);
	CHECK(fs_date_parse(S("2026-01-01 "), &t) != NULL);
	CHECK(fs_date_parse(S(""), &t) != NULL);
	CHECK_STR(fs_date_parse(S("2026-02-30"), &t), "no such day");
	/* The forms a spreadsheet saves a date in say how to mend them. */
	CHECK_STR(fs_date_parse(S("2026/3/1"), &t), "not a date (YYYY-MM-DD, "
	    "written as 2026-03-01)");
	CHECK_STR(fs_date_parse(S("2026-3-1"), &t), "not a date (YYYY-MM-DD, "
	    "written as 2026-03-01)");
	CHECK_STR(fs_date_parse(S("2026.03.01"), &t), "not a date (YYYY-MM-DD, "
	    "written as 2026-03-01)");
	CHECK_STR(fs_date_parse(S("2026\xe5\xb9\xb4" "3\xe6\x9c\x88"
	    "1\xe6\x97\xa5"), &t), "not a date (YYYY-MM-DD: write it "
	    "2026-03-01)");
	CHECK_STR(fs_date_parse(S("3/1/2026"), &t), "not a date (YYYY-MM-DD, "
	    "the year first)");
	CHECK_STR(fs_date_parse(S("01.03.2026"), &t), "not a date (YYYY-MM-DD, "
	    "the year first)");
	CHECK_STR(fs_date_parse(S("46082"), &t), "not a date (YYYY-MM-DD; a "
	    "day's number from a spreadsheet? format the column as a date)");
	CHECK_STR(fs_date_parse(S("2026-03-01 00:00:00"), &t), "not a date "
	    "(YYYY-MM-DD, without a time)");
	CHECK_STR(fs_date_parse(S("2026-03-01T08:00"), &t), "not a date "
	    "(YYYY-MM-DD, without a time)");
	CHECK_STR(fs_date_parse(S("2026/3/1 0:00"), &t), "not a date "
	    "(YYYY-MM-DD, written as 2026-03-01, without a time)");
	CHECK_STR(fs_date_parse(S("2026-01-04 "), &t), "not a date "
	    "(YYYY-MM-DD; a space around it)");
	CHECK_STR(fs_date_parse(S("\xc2\xa0" "2026-01-04"), &t), "not a date "
	    "(YYYY-MM-DD; a space around it)");
	CHECK_STR(fs_date_parse(S("\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92"
	    "\xef\xbc\x96-01-04"), &t), "not a date (full-width digits: "
	    "type them half-width)");
	CHECK_STR(fs_date_parse(S("#N/A"), &t), "a spreadsheet's error value "
	    "(a formula failed: put the value itself)");
	/* Not those forms: no hint. */
	CHECK_STR(fs_date_parse(S("2026\xe5\xb9\xb4\xe5\xba\xa6"), &t),
	    "not a date (YYYY-MM-DD)");			/* 2026年度 */
	CHECK_STR(fs_date_parse(S("2026-03-01 (Mon)"), &t),
	    "not a date (YYYY-MM-DD)");
	CHECK_STR(fs_date_parse(S("2026-02-30 08:00"), &t),
	    "not a date (YYYY-MM-DD)");
	CHECK_STR(fs_date_parse(S("460820"), &t), "not a date (YYYY-MM-DD)");
	CHECK_STR(fs_date_parse(S("12026/3/1"), &t), "not a date (YYYY-MM-DD)");
	CHECK_STR(fs_date_parse(S("3/1/20261"), &t), "not a date (YYYY-MM-DD)");
	CHECK_STR(fs_date_parse(S("yesterday"), &t), "not a date (YYYY-MM-DD)");
	CHECK_STR(fs_date_parse(S("2026"), &t), "not a date (YYYY-MM-DD)");
	/*
	 * Every digit's place takes a digit alone: '/' and ':' are the bytes
	 * either side of '0'..'9', and 2025-03-1/ would be day 9 else.
	 */
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7)
			continue;
		for (k = 0; k < 3; k++) {
			memcpy(bad, "2025-03-19", 10);
			bad[i] = "/:a"[k];
			why = fs_date_parse(bad, 10, &t);
			CHECK(why != NULL &&
			    strncmp(why, "not a date (YYYY-MM-DD", 22) == 0);
		}
	}

	fs_date_parse(S("2026-03-01"), &t);
	fs_date_fmt(t - 1, buf);
	CHECK_STR(buf, "2026-02-28");
	fs_date_parse(S("2028-03-01"), &t);
	fs_date_fmt(t - 1, buf);
	CHECK_STR(buf, "2028-02-29");
	fs_date_split(fs_date_make(1969, 12, 31), &y, &m, &d);
	CHECK(y == 1969 && m == 12 && d == 31);
	CHECK(fs_weekday(fs_date_make(2026, 11, 28)) == 6);	/* Saturday */
	CHECK(fs_weekday(fs_date_make(2026, 1, 5)) == 1);	/* Monday */
	CHECK(fs_weekday(fs_date_make(1969, 12, 28)) == 7);	/* Sunday */
	fs_month_fmt(fs_date_make(2026, 7, 9), buf);
	CHECK_STR(buf, "2026-07");

	/* Months, as SPEC 3.1 counts them. */
	CHECK(fs_months_between(fs_date_make(2024, 3, 1),
	    fs_date_make(2026, 3, 1)) == 24);
	CHECK(fs_months_between(fs_date_make(2024, 3, 1),
	    fs_date_make(2026, 2, 28)) == 23);
	CHECK(fs_months_between(fs_date_make(2024, 1, 31),
	    fs_date_make(2024, 2, 29)) == 1);
	CHECK(fs_months_between(fs_date_make(2024, 1, 31),
	    fs_date_make(2024, 2, 28)) == 0);
	CHECK(fs_date_add_months(fs_date_make(2024, 1, 31), 1) ==
	    fs_date_make(2024, 2, 29));
	CHECK(fs_date_add_months(fs_date_make(2025, 1, 31), 1) ==
	    fs_date_make(2025, 2, 28));
	CHECK(fs_date_add_months(fs_date_make(2025, 11, 15), 3) ==
	    fs_date_make(2026, 2, 15));
	CHECK(fs_date_add_months(fs_date_make(2026, 3, 31), -1) ==
	    fs_date_make(2026, 2, 28));
	/* Before year 0 (0000-01-15 parses): no month 0 (fuzzing). */
	CHECK(fs_date_add_months(fs_date_make(0, 1, 15), -1) ==
	    fs_date_make(-1, 12, 15));
	CHECK(fs_date_add_months(fs_date_make(0, 1, 31), -13) ==
	    fs_date_make(-2, 12, 31));
}

static void
test_amount(void)
{
	int64_t f = 0;
	char buf[FS_FMT_MAX];

	CHECK(amount("0", &f) == NULL && f == 0);
	CHECK(amount("10000", &f) == NULL && f == 1000000);
	CHECK(amount("10000.00", &f) == NULL && f == 1000000);
	CHECK(amount("12.5", &f) == NULL && f == 1250);
	CHECK(amount("12.05", &f) == NULL && f == 1205);
	CHECK(amount("-0.01", &f) == NULL && f == -1);
	CHECK(amount("-2000", &f) == NULL && f == -200000);
	CHECK(amount("0.5", &f) == NULL && f == 50);
	CHECK(amount(".5", &f) != NULL);
	CHECK(amount("5.", &f) != NULL);
	CHECK(amount("1.234", &f) != NULL);
	CHECK(amount("1,000.00", &f) != NULL);
	CHECK(amount("+5", &f) != NULL);
	CHECK(amount("-", &f) != NULL);
	CHECK(amount("", &f) != NULL);
	CHECK(amount(" 5", &f) != NULL);
	CHECK(amount("1e3", &f) != NULL);
	/* 92233720368547758.07 yuan is INT64_MAX fen; one fen more is not. */
	CHECK(amount("92233720368547758.07", &f) == NULL && f == INT64_MAX);
	CHECK(amount("92233720368547758.08", &f) != NULL);
	CHECK(amount("9223372036854775807", &f) != NULL);
	CHECK(amount("99999999999999999999999", &f) != NULL);

	/* The usual form: 4 to 16 bytes, digits, a point and two more. */
	CHECK(amount("0.00", &f) == NULL && f == 0);
	CHECK(amount("0.05", &f) == NULL && f == 5);
	CHECK(amount("9.99", &f) == NULL && f == 999);
	CHECK(amount("591.29", &f) == NULL && f == 59129);
	CHECK(amount("41062.46", &f) == NULL && f == 4106246);
	CHECK(amount("123456.78", &f) == NULL && f == 12345678);
	CHECK(amount("1234567890123.45", &f) == NULL &&
	    f == 123456789012345);
	CHECK(amount("9999999999999.99", &f) == NULL &&
	    f == 999999999999999);
	CHECK(amount("0000000000000.01", &f) == NULL && f == 1);
	CHECK(amount("99999999999999.99", &f) == NULL &&
	    f == 9999999999999999);
	CHECK(amount("12345678901234.56", &f) == NULL &&
	    f == 1234567890123456);
	CHECK(amount("1.0", &f) == NULL && f == 100);
	CHECK(amount("1", &f) == NULL && f == 100);
	CHECK(amount("-1.00", &f) == NULL && f == -100);
	CHECK(amount("-12345678901.23", &f) == NULL &&
	    f == -1234567890123);
	CHECK(amount("0.50", &f) == NULL && f == 50);
	CHECK(amount(".50", &f) != NULL);
	CHECK(amount("..50", &f) != NULL);
	CHECK(amount("1.5.0", &f) != NULL);
	CHECK(amount("1:0.00", &f) != NULL);
	CHECK(amount("1/0.00", &f) != NULL);
	CHECK(amount("10.0/", &f) != NULL);
	CHECK(amount("10.:0", &f) != NULL);
	CHECK(amount("1,000.00", &f) != NULL);
	CHECK(amount("1000,00", &f) != NULL);
	CHECK(amount("12 4.00", &f) != NULL);
	CHECK(amount("1234567\3772.00", &f) != NULL);
	CHECK_STR(amount("1,000.00", &f), "not an amount (yuan, like 1234.50, "
	    "no thousands separators)");
	CHECK_STR(amount("92233720368547758.08", &f), "amount too large");
	/* The forms of a spreadsheet's number formats say how to mend them. */
	CHECK_STR(amount("\xc2\xa5" "1,200.00", &f), "not an amount (yuan, "
	    "like 1234.50, without \xc2\xa5 or \xe5\x85\x83)");
	CHECK_STR(amount("\xef\xbf\xa5" "100", &f), "not an amount (yuan, "
	    "like 1234.50, without \xc2\xa5 or \xe5\x85\x83)");
	CHECK_STR(amount("120\xe5\x85\x83", &f), "not an amount (yuan, "
	    "like 1234.50, without \xc2\xa5 or \xe5\x85\x83)");
	CHECK_STR(amount("-1,200", &f), "not an amount (yuan, like 1234.50, "
	    "no thousands separators)");
	CHECK_STR(amount("(640.00)", &f), "not an amount (a negative in "
	    "brackets? write -640.00)");
	CHECK_STR(amount("-", &f), "not an amount (an accounting format's "
	    "zero? write 0)");
	CHECK_STR(amount("1.2E+03", &f), "not an amount (E notation: format "
	    "the column as a number with two decimals)");
	CHECK_STR(amount("1200.005", &f), "not an amount (at most two "
	    "decimals, to the fen)");
	CHECK_STR(amount(" 640.00", &f), "not an amount (yuan, like 1234.50; "
	    "a space around it)");
	CHECK_STR(amount("640.00\xc2\xa0", &f), "not an amount (yuan, like "
	    "1234.50; a space around it)");
	CHECK_STR(amount("\xef\xbc\x96\xef\xbc\x94\xef\xbc\x90", &f),
	    "not an amount (full-width digits: type them half-width)");
	CHECK_STR(amount("#VALUE!", &f), "a spreadsheet's error value (a "
	    "formula failed: put the value itself)");
	CHECK_STR(amount("12a", &f), "not an amount (yuan, like 1234.50)");
	CHECK_STR(amount("()", &f), "not an amount (yuan, like 1234.50)");
	CHECK(amount("-92233720368547758.07", &f) == NULL && f == -INT64_MAX);
	CHECK_STR(amount("-92233720368547758.08", &f), "amount too large");
	/* Digits too many to compute: too large only in an amount's shape. */
	CHECK_STR(amount("99999999999999999999.5", &f), "amount too large");
	CHECK_STR(amount("-99999999999999999999", &f), "amount too large");
	CHECK_STR(amount("99999999999999999999.x", &f),
	    "not an amount (yuan, like 1234.50)");
	CHECK_STR(amount("99999999999999999999.555", &f),
	    "not an amount (at most two decimals, to the fen)");
	CHECK_STR(amount("99999999999999999999x", &f),
	    "not an amount (yuan, like 1234.50)");

	fs_amount_fmt(-1, buf);
	CHECK_STR(buf, "-0.01");
	fs_amount_fmt(1000000, buf);
	CHECK_STR(buf, "10000.00");
	fs_amount_fmt(INT64_MAX, buf);
	CHECK_STR(buf, "92233720368547758.07");
	fs_amount_fmt(-1205, buf);
	CHECK_STR(buf, "-12.05");
}

/*
 * fs_amount_parse() as it was before its word-at-a-time path, kept as
 * the measure of that path: every input must get the same answer.
 */
static int
old_isdig(char c)
{
	return c >= '0' && c <= '9';
}

static const char *
old_amount_parse(const char *p, size_t n, int64_t *fen)
{
	const char *e = p + n;
	uint64_t v = 0;
	int neg = 0, digits = 0, cents = 0, k;
	size_t i;

	/*
	 * The usual form, digits and two decimals, short enough that it
	 * cannot overflow: no checks on the way.
	 */
	if (n >= 4 && n <= 16 && p[n - 3] == '.' && old_isdig(p[n - 2]) &&
	    old_isdig(p[n - 1]) && old_isdig(p[0])) {
		for (i = 0; i < n - 3 && old_isdig(p[i]); i++)
			v = v * 10 + (uint64_t)(p[i] - '0');
		if (i == n - 3) {
			*fen = (int64_t)(v * 100 + (uint64_t)((p[n - 2] - '0') *
			    10 + (p[n - 1] - '0')));
			return NULL;
		}
		v = 0;
	}

	if (p < e && *p == '-') {
		neg = 1;
		p++;
	}
	for (; p < e && old_isdig(*p); p++, digits++) {
		if (v > (UINT64_MAX - 9) / 10)
			return "amount too large";
		v = v * 10 + (uint64_t)(*p - '0');
	}
	if (digits == 0)
		return "not an amount (yuan, like 1234.50)";
	if (p < e && *p == '.') {
		p++;
		for (k = 0; k < 2 && p < e && old_isdig(*p); k++, p++)
			cents = cents * 10 + (*p - '0');
		if (k == 0)
			return "not an amount (yuan, like 1234.50)";
		if (k == 1)
			cents *= 10;
	}
	if (p != e)
		return "not an amount (yuan, like 1234.50)";
	if (v > INT64_MAX / 100 ||
	    (v == INT64_MAX / 100 && cents > INT64_MAX % 100))
		return "amount too large";
	v = v * 100 + (uint64_t)cents;
	*fen = neg ? -(int64_t)v : (int64_t)v;
	return NULL;
}

/*
 * Do fs_amount_parse() and fs_amount_parse_fast() agree with the old
 * code on p[0 .. n)?
 */
static int
amount_same(const char *p, size_t n)
{
	int64_t a = 12345, b = 12345, f = 12345;
	const char *wa, *wb, *wf;

	wa = fs_amount_parse(p, n, &a);
	wb = old_amount_parse(p, n, &b);
	wf = fs_amount_parse_fast(p, n, &f);
	if (wa == NULL && wb == NULL && wf == NULL && a == b && f == b)
		return 1;
	/* The old code gave no hints: its reason is the new one's start. */
	if (wa != NULL && wb != NULL && wf != NULL && strcmp(wa, wf) == 0 &&
	    (strcmp(wa, wb) == 0 || (strncmp(wb, "not an amount", 13) == 0 &&
	    strncmp(wa, "not an amount", 13) == 0)))
		return 1;
	printf("amount '%.*s': got %s %lld, fast %s %lld, want %s %lld\n",
	    (int)n, p, wa ? wa : "ok", (long long)a, wf ? wf : "ok",
	    (long long)f, wb ? wb : "ok", (long long)b);
	return 0;
}

/*
 * The word-at-a-time path of the usual form (4 to 16 bytes, two
 * decimals) against the old code: every string of a few bytes from an
 * alphabet of the bytes that matter, then each length from 1 to 20 with
 * every byte value at every place.
 */
static void
test_amount_words(void)
{
	static const char alpha[] = "019.-,a/:";
	char s[32], *heap;
	size_t n, i, k, len, na = sizeof(alpha) - 1;
	unsigned long code, total;
	int c, ok = 1;

	for (len = 0; len <= 6 && ok; len++) {
		for (total = 1, i = 0; i < len; i++)
			total *= na;
		for (code = 0; code < total && ok; code++) {
			unsigned long x = code;

			for (i = 0; i < len; i++, x /= na)
				s[i] = alpha[x % na];
			ok = amount_same(s, len);
		}
	}
	CHECK(ok);

	/*
	 * "1234567890123456.78" cut to each length, the point moved to
	 * the third last byte, then each byte replaced by every value.
	 * The copy on the heap ends where the field does, for ASan.
	 */
	for (n = 1, ok = 1; n <= 20 && ok; n++) {
		for (i = 0; i < n; i++)
			s[i] = (char)('1' + i % 9);
		if (n >= 3)
			s[n - 3] = '.';
		heap = malloc(n);
		for (k = 0; k < n && ok; k++)
			for (c = 0; c < 256 && ok; c++) {
				memcpy(heap, s, n);
				heap[k] = (char)c;
				ok = amount_same(heap, n);
			}
		memcpy(heap, s, n);
		ok = ok && amount_same(heap, n);
		free(heap);
	}
	CHECK(ok);
}

static const char *const yesno_tries[] = {
	"yes", "no", "Yes", "NO", "y", "n", "1", "0", "true", "false", "ye",
	"noo", "yes ", " no", "", "nO", "yEs", "maybe", NULL
};

static void
test_count_id_yesno(void)
{
	const char *why, *why2;
	int64_t n;
	int i, yes, yes2;

	CHECK(fs_count_parse(S("0"), &n) == NULL && n == 0);
	CHECK(fs_count_parse(S("9223372036854775807"), &n) == NULL &&
	    n == INT64_MAX);
	CHECK(fs_count_parse(S("9223372036854775808"), &n) != NULL);
	/* 10 times more than INT64_MAX wraps past UINT64_MAX (fuzzing). */
	CHECK(fs_count_parse(S("82120210389824620042"), &n) != NULL);
	CHECK(fs_count_parse(S("20000000000000000000"), &n) != NULL);
	CHECK_STR(fs_count_parse(S("11111111111111111111"), &n),
	    "count too large");
	CHECK_STR(fs_count_parse(S("11111111111111111111x"), &n),
	    "not a count (digits)");
	CHECK_STR(fs_count_parse(S("111111111111111111111.0"), &n),
	    "not a count (a whole number, like 5)");
	CHECK_STR(fs_count_parse(S("5.0"), &n),
	    "not a count (a whole number, like 5)");
	CHECK_STR(fs_count_parse(S("5 "), &n),
	    "not a count (digits; a space around it)");
	CHECK_STR(fs_count_parse(S("\xef\xbc\x95"), &n),
	    "not a count (full-width digits: type them half-width)");
	CHECK_STR(fs_count_parse(S("5."), &n), "not a count (digits)");
	CHECK_STR(fs_count_parse(S("5人"), &n), "not a count (digits)");
	CHECK(fs_count_parse(S("00000000000000000000001"), &n) == NULL &&
	    n == 1);
	CHECK(fs_count_parse(S("-1"), &n) != NULL);
	CHECK(fs_count_parse(S("1.0"), &n) != NULL);
	CHECK(fs_count_parse(S(""), &n) != NULL);

	CHECK(fs_id_check(S("S001")) == NULL);
	CHECK(fs_id_check(S("村-01")) == NULL);
	CHECK(fs_id_check(S("a b")) != NULL);
	CHECK(fs_id_check(S("a\\tb")) != NULL);
	/* A spreadsheet's error value, full-width letters and digits. */
	CHECK_STR(fs_id_check(S("#N/A")), "a spreadsheet's error value (a "
	    "formula failed: put the id itself)");
	CHECK(fs_id_check(S("#12")) == NULL);
	CHECK_STR(fs_id_check(S("\xef\xbc\xb3\xef\xbc\x90\xef\xbc\x91")),
	    "id in full-width letters or digits (type it half-width)");
	CHECK(fs_id_check(S("\xe6\x9d\x91\xef\xbc\x88\xe4\xb8\x80"
	    "\xef\xbc\x89")) == NULL);	/* 村（一）: full-width brackets */
	/* Full-width digits among Chinese: a reference typed so, valid. */
	CHECK(fs_id_check(S("\xe5\x87\xad\xe8\xaf\x81\xe7\xac\xac"
	    "\xef\xbc\x91\xef\xbc\x92\xe5\x8f\xb7")) == NULL);	/* 凭证第１２号 */
	CHECK_STR(fs_id_check(S("S\xef\xbc\x90" "1")),
	    "id in full-width letters or digits (type it half-width)");
	/* A backslash is written twice: one id, one spelling. */
	CHECK(fs_id_check(S("a\\\\b")) == NULL);
	CHECK(fs_id_check(S("a\\\\")) == NULL);
	CHECK(fs_id_check(S("a\\b")) != NULL);
	CHECK(fs_id_check(S("a\\")) != NULL);
	CHECK(fs_id_check(S("\\\\\\b")) != NULL);
	CHECK(fs_id_check(S("a\x01")) != NULL);
	CHECK(fs_id_check(S("a\xe3\x80\x80")) != NULL);
	/* Unicode's other white space, the C1 controls, zero widths. */
	CHECK(fs_id_check(S("a\xc2\xa0")) != NULL);		/* U+00A0 */
	CHECK(fs_id_check(S("a\xc2\x85" "b")) != NULL);	/* NEL */
	CHECK(fs_id_check(S("a\xc2\x80")) != NULL);		/* U+0080 */
	CHECK(fs_id_check(S("a\xc2\x9f")) != NULL);		/* U+009F */
	CHECK(fs_id_check(S("a\xe1\x9a\x80")) != NULL);	/* U+1680 */
	CHECK(fs_id_check(S("a\xe2\x80\x80")) != NULL);	/* U+2000 */
	CHECK(fs_id_check(S("a\xe2\x80\x83" "b")) != NULL);	/* U+2003 */
	CHECK(fs_id_check(S("\xe2\x80\x8b" "a")) != NULL);	/* U+200B */
	CHECK(fs_id_check(S("a\xe2\x80\xa8" "b")) != NULL);	/* U+2028 */
	CHECK(fs_id_check(S("a\xe2\x80\xa9")) != NULL);	/* U+2029 */
	CHECK(fs_id_check(S("a\xe2\x80\xaf")) != NULL);	/* U+202F */
	CHECK(fs_id_check(S("a\xe2\x81\x9f")) != NULL);	/* U+205F */
	CHECK(fs_id_check(S("a\xef\xbb\xbf")) != NULL);	/* U+FEFF */
	/* What shows as nothing, or turns the text around it. */
	CHECK(fs_id_check(S("a\xe2\x80\x8c")) != NULL);	/* U+200C */
	CHECK(fs_id_check(S("a\xe2\x80\x8f")) != NULL);	/* U+200F */
	CHECK(fs_id_check(S("a\xe2\x80\xaa")) != NULL);	/* U+202A */
	CHECK(fs_id_check(S("a\xe2\x80\xae")) != NULL);	/* U+202E */
	CHECK(fs_id_check(S("a\xe2\x81\xa0")) != NULL);	/* U+2060 */
	CHECK(fs_id_check(S("a\xe2\x81\xa9")) != NULL);	/* U+2069 */
	CHECK(fs_id_check(S("a\xc2\xad")) != NULL);		/* U+00AD */
	CHECK(fs_id_check(S("a\xd8\x9c")) != NULL);		/* U+061C */
	CHECK(strcmp(fs_id_check(S("S\xe2\x80\x8d" "1")),
	    "id with an invisible character") == 0);		/* U+200D */
	/* Their neighbours are letters and marks. */
	CHECK(fs_id_check(S("a\xc2\xa1")) == NULL);		/* U+00A1 */
	CHECK(fs_id_check(S("a\xc2\xae")) == NULL);		/* U+00AE */
	CHECK(fs_id_check(S("a\xd8\x9b")) == NULL);		/* U+061B */
	CHECK(fs_id_check(S("a\xe2\x80\x90")) == NULL);	/* U+2010 */
	CHECK(fs_id_check(S("a\xe2\x80\xb0")) == NULL);	/* U+2030 */
	CHECK(fs_id_check(S("a\xe2\x81\xb0")) == NULL);	/* U+2070 */
	CHECK(fs_id_check(S("a\xe3\x80\x81")) == NULL);	/* U+3001 */
	CHECK(fs_id_check(S("a\xef\xbb\xbe")) == NULL);	/* U+FEFE */
	CHECK(fs_id_check(S("")) != NULL);
	CHECK(fs_id_check(S("1234567890123456789012345678901234567890123456789012345678901234")) == NULL);
	CHECK(fs_id_check(S("12345678901234567890123456789012345678901234567890123456789012345")) != NULL);

	CHECK(fs_yesno_parse(S("YES"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse(S("y"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse(S("True"), &yes) == NULL && yes == 1);
	CHECK_STR(fs_yesno_parse(S(" yes"), &yes),
	    "not yes or no (a space around it)");
	CHECK_STR(fs_yesno_parse(S("#N/A"), &yes), "a spreadsheet's error "
	    "value (a formula failed: put the value itself)");
	CHECK_STR(fs_yesno_parse(S("\xef\xbd\x99\xef\xbd\x85\xef\xbd\x93"),
	    &yes), "not yes or no (full-width letters or digits: type them "
	    "half-width)");
	CHECK_STR(fs_yesno_parse(S("\xe6\x98\xaf"), &yes),
	    "not yes or no (yes, no, y, n, 1, 0, true or false)");
	CHECK(fs_yesno_parse(S("1"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse(S("No"), &yes) == NULL && yes == 0);
	CHECK(fs_yesno_parse(S("FALSE"), &yes) == NULL && yes == 0);
	CHECK(fs_yesno_parse(S("0"), &yes) == NULL && yes == 0);
	CHECK(fs_yesno_parse(S("ja"), &yes) != NULL);
	CHECK(fs_yesno_parse(S("yess"), &yes) != NULL);
	/* The in-line normal forms answer as the call does. */
	for (i = 0; yesno_tries[i] != NULL; i++) {
		yes = yes2 = -1;
		why = fs_yesno_parse_fast(yesno_tries[i],
		    strlen(yesno_tries[i]), &yes);
		why2 = fs_yesno_parse(yesno_tries[i], strlen(yesno_tries[i]),
		    &yes2);
		CHECK((why == NULL) == (why2 == NULL) && yes == yes2);
	}
	CHECK(fs_yesno_parse_fast(S("yes"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse_fast(S("no"), &yes) == NULL && yes == 0);
}

static void
test_idnum(void)
{
	/* Check digits computed by ISO 7064 MOD 11-2. */
	CHECK(fs_idnum_check(S("11010519491231002X")) == NULL);
	CHECK(fs_idnum_check(S("11010519491231002x")) == NULL);
	CHECK(fs_idnum_check(S("110105194912310021")) != NULL);
	/* Not 18 characters: why, as a clerk can mend it. */
	CHECK_STR(fs_idnum_check(S("110105 19491231002X")),
	    "not a resident ID number (spaces in it)");
	CHECK_STR(fs_idnum_check(S("110105-19491231-002X")),
	    "not a resident ID number (dashes in it: 17 digits and a check "
	    "digit alone)");
	CHECK_STR(fs_idnum_check(S("-11010519491231002")),
	    "not a resident ID number (17 digits and a check digit)");
	CHECK_STR(fs_idnum_check(S("110105491231002")),
	    "an old 15-digit ID number (the 18-character one is needed)");
	CHECK_STR(fs_idnum_check(S("1.10105E+17")), "not a resident ID number "
	    "(a spreadsheet wrote it as a number and lost its last digits: "
	    "format the column as text and type it again)");
	/* The digits a spreadsheet kept of it: 15, then 000. */
	CHECK_STR(fs_idnum_check(S("110105194912310000")), "resident ID number "
	    "with a wrong check digit (ending in 000: a spreadsheet kept 15 "
	    "digits of it? format the column as text and type it again)");
	CHECK_STR(fs_idnum_check(S("110105194912310022")),
	    "resident ID number with a wrong check digit");
	CHECK_STR(fs_idnum_check(S("11010519491231002\xc2\xa0")),
	    "not a resident ID number (spaces in it)");
	CHECK_STR(fs_idnum_check(S("53900119731023526 ")),
	    "not a resident ID number (spaces in it)");
	CHECK_STR(fs_idnum_check(S(" 53900119731023526")),
	    "not a resident ID number (spaces in it)");
	CHECK_STR(fs_idnum_check(S("#N/A")), "a spreadsheet's error value (a "
	    "formula failed: put the value itself)");
	CHECK_STR(fs_idnum_check(S("11010519491231002X1")),
	    "not a resident ID number (18 characters)");
	CHECK_STR(fs_idnum_check(S("11010549123100X")),
	    "not a resident ID number (18 characters)");
	CHECK(fs_idnum_check(S("440524188001010014")) == NULL);
	CHECK(fs_idnum_check(S("440524188001010015")) != NULL);
	CHECK(fs_idnum_check(S("11010519490231002X")) != NULL); /* Feb 31 */
	CHECK(fs_idnum_check(S("1101051949123100")) != NULL);
	CHECK(fs_idnum_check(S("11010519491231002XX")) != NULL);
	CHECK(fs_idnum_check(S("1101051949123100AX")) != NULL);
	CHECK_STR(fs_idnum_check(S("110105194912310021")),
	    "resident ID number with a wrong check digit");
}

static void
test_ratio(void)
{
	struct fs_ratio r;
	char buf[FS_FMT_MAX];

	CHECK(fs_ratio_parse(S("2/3"), &r) == NULL && r.num == 2 && r.den == 3);
	CHECK(fs_ratio_parse(S("0.6667"), &r) == NULL && r.num == 6667 &&
	    r.den == 10000);
	CHECK(fs_ratio_parse(S("1"), &r) == NULL && r.num == 1 && r.den == 1);
	CHECK(fs_ratio_parse(S("0.5"), &r) == NULL && r.num == 5 && r.den == 10);
	CHECK(fs_ratio_parse(S(".5"), &r) != NULL);
	CHECK(fs_ratio_parse(S("2/0"), &r) != NULL);
	CHECK(fs_ratio_parse(S("2/"), &r) != NULL);
	CHECK(fs_ratio_parse(S("/3"), &r) != NULL);
	CHECK(fs_ratio_parse(S("-1/3"), &r) != NULL);
	CHECK(fs_ratio_parse(S("1."), &r) != NULL);
	/* Digits too many for 64 bits, and what is no ratio at all. */
	CHECK_STR(fs_ratio_parse(S("9223372036854775808/9"), &r),
	    "ratio too large");
	CHECK_STR(fs_ratio_parse(S("1/9223372036854775808"), &r),
	    "ratio too large");
	CHECK(fs_ratio_parse(S("9223372036854775807/9223372036854775807"),
	    &r) == NULL && r.num == INT64_MAX && r.den == INT64_MAX);
	/* The bound is exact: INT64_MAX written out is a ratio. */
	CHECK(fs_ratio_parse(S("9223372036854775807"), &r) == NULL &&
	    r.num == INT64_MAX && r.den == 1);
	CHECK_STR(fs_ratio_parse(S("9223372036854775808"), &r),
	    "ratio too large");
	CHECK(fs_ratio_parse(S("922337203685477580.7"), &r) == NULL &&
	    r.num == INT64_MAX && r.den == 10);
	CHECK_STR(fs_ratio_parse(S("922337203685477580.8"), &r),
	    "ratio too precise");
	CHECK_STR(fs_ratio_parse(S("99999999999999999999"), &r),
	    "ratio too large");
	CHECK_STR(fs_ratio_parse(S("99999999999999999999.5"), &r),
	    "ratio too large");
	CHECK_STR(fs_ratio_parse(S("99999999999999999999.x"), &r),
	    "not a ratio (N/D or a decimal)");
	CHECK_STR(fs_ratio_parse(S("99999999999999999999x"), &r),
	    "not a ratio (N/D or a decimal)");
	CHECK_STR(fs_ratio_parse(S("0.1000000000000000000001"), &r),
	    "ratio too precise");
	CHECK_STR(fs_ratio_parse(S("0.1000000000000000000001x"), &r),
	    "not a ratio (N/D or a decimal)");
	/* Trailing zeros add no precision. */
	CHECK(fs_ratio_parse(S("0.50000000000000000000"), &r) == NULL &&
	    r.num == 5 && r.den == 10);
	CHECK(fs_ratio_parse(S("1.0000000000000000000"), &r) == NULL &&
	    r.num == 1 && r.den == 1);
	CHECK(fs_ratio_parse(S("0.0"), &r) == NULL && r.num == 0 &&
	    r.den == 1);
	CHECK(fs_ratio_parse(S("0.66670"), &r) == NULL && r.num == 6667 &&
	    r.den == 10000);
	CHECK_STR(fs_ratio_parse(S("0.50000000000000000000x"), &r),
	    "not a ratio (N/D or a decimal)");
	CHECK_STR(fs_ratio_parse(S("0.1000000000000000000001000"), &r),
	    "ratio too precise");
	CHECK_STR(fs_ratio_parse(S("1/2x"), &r),
	    "not a ratio (N/D or a decimal)");
	CHECK_STR(fs_ratio_parse(S("1x/2"), &r),
	    "not a ratio (N/D or a decimal)");
	CHECK_STR(fs_ratio_parse(S("1/"), &r),
	    "not a ratio (N/D or a decimal)");
	CHECK_STR(fs_ratio_parse(S("/1"), &r),
	    "not a ratio (N/D or a decimal)");
	CHECK_STR(fs_ratio_parse(S("99999999999999999999/x"), &r),
	    "not a ratio (N/D or a decimal)");

	r.num = 2;
	r.den = 3;
	CHECK(fs_ratio_ceil_mul(r, 248) == 166);	/* 165.33 */
	CHECK(fs_ratio_ceil_mul(r, 3) == 2);
	CHECK(fs_ratio_ceil_mul(r, 0) == 0);
	r.num = 6667;
	r.den = 10000;
	CHECK(fs_ratio_ceil_mul(r, 3) == 3);		/* 2.0001 */

	fs_fixed_fmt(140, 248, 4, buf);
	CHECK_STR(buf, "0.5645");
	fs_fixed_fmt(2, 3, 4, buf);
	CHECK_STR(buf, "0.6667");
	fs_fixed_fmt(0, 5, 4, buf);
	CHECK_STR(buf, "0.0000");
	fs_fixed_fmt(5, 5, 4, buf);
	CHECK_STR(buf, "1.0000");
	fs_fixed_fmt(1, 8, 1, buf);		/* 0.125 -> 0.1 */
	CHECK_STR(buf, "0.1");
	fs_fixed_fmt(1, 16, 3, buf);		/* 0.0625 -> 0.063 */
	CHECK_STR(buf, "0.063");
	fs_fixed_fmt(200, 3, 1, buf);		/* 66.666 -> 66.7 */
	CHECK_STR(buf, "66.7");
	fs_fixed_fmt(-1, 8, 2, buf);		/* -0.125 -> -0.13 */
	CHECK_STR(buf, "-0.13");

	/* 100.0 only when all, 0.0 only when none. */
	fs_percent_fmt(1999, 2000, buf);	/* 99.95 */
	CHECK_STR(buf, "99.9");
	fs_percent_fmt(2000, 2000, buf);
	CHECK_STR(buf, "100.0");
	fs_percent_fmt(1, 20000, buf);		/* 0.005 */
	CHECK_STR(buf, "0.1");
	fs_percent_fmt(0, 20000, buf);
	CHECK_STR(buf, "0.0");
	fs_percent_fmt(1, 8, buf);		/* 12.5 */
	CHECK_STR(buf, "12.5");
	fs_percent_fmt(2, 3, buf);		/* 66.666 */
	CHECK_STR(buf, "66.7");
	fs_percent_fmt(1, 1600, buf);		/* 0.0625 */
	CHECK_STR(buf, "0.1");
	fs_percent_fmt(INT64_MAX - 1, INT64_MAX, buf);
	CHECK_STR(buf, "99.9");
	fs_percent_fmt(INT64_MAX / 2, INT64_MAX, buf);	/* 49.99... */
	CHECK_STR(buf, "50.0");
}

static void
test_round(void)
{
	int64_t s;

	CHECK(fs_div_round(5, 2) == 3);
	CHECK(fs_div_round(-5, 2) == -3);
	CHECK(fs_div_round(7, 3) == 2);
	CHECK(fs_div_round(-7, 3) == -2);
	CHECK(fs_div_round(1000001, 3) == 333334);
	CHECK(fs_add_overflow(INT64_MAX, 1, &s) != 0);
	CHECK(fs_add_overflow(INT64_MAX - 1, 1, &s) == 0 && s == INT64_MAX);
	CHECK(fs_mul_overflow(INT64_MAX / 2 + 1, 2, &s) != 0);
}

/*
 * fs_int_fmt() and fs_amount_fmt() against snprintf(), on both sides of
 * every power of ten (where the count of digits changes), at the ends
 * of int64_t, and on numbers of every length made of every digit.
 */
static void
check_fmt(int64_t v)
{
	char buf[FS_FMT_MAX], want[FS_FMT_MAX];
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
	size_t n;

	n = fs_int_fmt(v, buf);
	snprintf(want, sizeof(want), "%lld", (long long)v);
	CHECK_STR(buf, want);
	CHECK(n == strlen(want));
	n = fs_amount_fmt(v, buf);
	snprintf(want, sizeof(want), "%s%llu.%02llu", v < 0 ? "-" : "",
	    (unsigned long long)(u / 100), (unsigned long long)(u % 100));
	CHECK_STR(buf, want);
	CHECK(n == strlen(want));
}

static void
test_fmt(void)
{
	int64_t p;
	int i, d, k;

	check_fmt(0);
	check_fmt(INT64_MAX);
	check_fmt(INT64_MIN);
	check_fmt(INT64_MIN + 1);
	for (p = 1, i = 0; i < 19; i++) {
		if (i > 0)
			p *= 10;	/* up to 10^18 */
		check_fmt(p);
		check_fmt(p - 1);
		check_fmt(p + 1);
		check_fmt(-p);
		check_fmt(-p + 1);
		check_fmt(-p - 1);
	}
	for (d = 0; d < 10; d++)
		for (p = 0, k = 0; k < 18; k++) {
			p = p * 10 + d;
			check_fmt(p);
			check_fmt(-p);
		}
}

/* A message quotes a value cut at FS_QUOTE_MAX, controls escaped. */
static void
test_quote(void)
{
	struct fs_buf b = { 0 };
	char big[200];
	int i;

	fs_buf_quote(&b, "plain", 5);
	CHECK_STR(b.p, "'plain'");
	fs_buf_reset(&b);
	fs_buf_quote(&b, "a\rb\033[2Jc\x7f\td\n", 12);
	CHECK_STR(b.p, "'a\\rb\\x1b[2Jc\\x7f\\td\\n'");
	fs_buf_reset(&b);
	fs_buf_quote(&b, "", 0);
	CHECK_STR(b.p, "''");
	fs_buf_reset(&b);
	/*
	 * C1 controls in UTF-8 (U+0080..U+009F; U+009B is CSI) too; U+00A0
	 * and a character whose bytes run 0x80..0x9f are not controls.
	 */
	fs_buf_quote(&b, "\xc2\x9b" "2J\xc2\x80\xc2\x9f\xc2\xa0\xe4\xb8\x80",
	    13);
	CHECK_STR(b.p, "'\\u009b2J\\u0080\\u009f\xc2\xa0\xe4\xb8\x80'");
	fs_buf_reset(&b);
	/*
	 * What shows as nothing or turns the text: U+200B, U+FEFF, U+202E,
	 * U+2028, U+00AD, U+061C, U+2066; U+200A (a hair space, seen) and
	 * U+3000 are not, nor a cut-off U+200B or one with a bad byte.
	 */
	fs_buf_quote(&b, "1\xe2\x80\x8b" "2\xef\xbb\xbf" "3\xe2\x80\xae"
	    "4\xe2\x80\xa8" "5\xc2\xad" "6\xd8\x9c" "7\xe2\x81\xa6" "8"
	    "\xe2\x80\x8a\xe3\x80\x80\xe2\x80\x41\xe2\x80", 38);
	CHECK_STR(b.p, "'1\\u200b2\\ufeff3\\u202e4\\u20285\\u00ad6\\u061c"
	    "7\\u20668\xe2\x80\x8a\xe3\x80\x80\xe2\x80\x41\xe2\x80'");
	/*
	 * The other default ignorables: U+034F, U+115F, U+17B4, U+3164,
	 * U+FE0F, U+FFA0, and past the first plane U+1D173 and the tag
	 * U+E0031, written \U; U+0350, U+FE10 and U+1F600 are seen.
	 */
	fs_buf_reset(&b);
	fs_buf_quote(&b, "a\xcd\x8f" "b\xe1\x85\x9f" "c\xe1\x9e\xb4"
	    "d\xe3\x85\xa4" "e\xef\xb8\x8f" "f\xef\xbe\xa0" "g\xf0\x9d\x85\xb3"
	    "h\xf3\xa0\x80\xb1" "i\xcd\x90\xef\xb8\x90\xf0\x9f\x98\x80", 43);
	CHECK_STR(b.p, "'a\\u034fb\\u115fc\\u17b4d\\u3164e\\ufe0ff\\uffa0"
	    "g\\U0001d173h\\U000e0031i\xcd\x90\xef\xb8\x90\xf0\x9f\x98\x80'");
	CHECK(fs_id_check(S("S1\xf3\xa0\x80\xb1")) != NULL);
	CHECK(fs_id_check(S("S1\xef\xb8\x8f")) != NULL);
	CHECK(fs_id_check(S("S1\xf0\x9f\x98\x80")) == NULL);
	CHECK(fs_hidden_len("\xe2\x80\x8b", 2) == 0);
	CHECK(fs_hidden_len("\xe2\x80\x8b", 3) == 3);
	CHECK(fs_hidden_len("\x1b", 1) == 1);
	CHECK(fs_control_len("\xe2\x80\x8b", 3) == 0);
	fs_buf_reset(&b);
	/* A NUL is a control too; the length, not the NUL, ends the value. */
	fs_buf_quote(&b, "x\0y", 3);
	CHECK_STR(b.p, "'x\\x00y'");
	fs_buf_reset(&b);
	memset(big, 'z', sizeof(big));
	fs_buf_quote(&b, big, sizeof(big));
	CHECK(b.n == FS_QUOTE_MAX + 5 && b.p[0] == '\'' &&
	    strcmp(b.p + 1 + FS_QUOTE_MAX, "...'") == 0);
	fs_buf_reset(&b);
	/* Cut back to a character's start: 'a', then 3-byte characters. */
	big[0] = 'a';
	for (i = 0; i < 30; i++)
		memcpy(big + 1 + 3 * i, "\xe4\xb8\xad", 3);
	fs_buf_quote(&b, big, 91);
	CHECK(b.n == 1 + 58 + 4 && memcmp(b.p + 59, "...'", 4) == 0);
	fs_buf_free(&b);
}

/*
 * An ID number a message quotes: its first 6 and last 4 characters kept,
 * letters, digits and other characters between made '*', what shows
 * what is wrong (spaces, punctuation, escapes, controls) kept.
 */
static void
check_masked(const char *v, size_t n, size_t head, size_t tail,
    const char *want)
{
	struct fs_buf b = { 0 };

	fs_buf_quote_masked(&b, v, n, head, tail);
	CHECK_STR(b.p, want);
	fs_buf_free(&b);
}

static void
test_quote_masked(void)
{
	char big[100];

	check_masked(S("110105194912310021"), 6, 4, "'110105********0021'");
	check_masked(S("11010519491231002x"), 6, 4, "'110105********002x'");
	/* Too short to be a number: as it is; one more character is not. */
	check_masked(S("1101051949"), 6, 4, "'1101051949'");
	check_masked(S("11010519491"), 6, 4, "'110105*9491'");
	check_masked(S(""), 6, 4, "''");
	check_masked(S("\xe6\x97\xa0"), 6, 4, "'\xe6\x97\xa0'");
	/* Spaces, a dash, an escape of the format, a control: kept. */
	check_masked(S("110105 19491231-0021"), 6, 4,
	    "'110105 ********-0021'");
	check_masked(S("\\t110101199001011237"), 6, 4,
	    "'\\t11010*********1237'");
	check_masked(S("110105\\n19491231\r0021"), 6, 4,
	    "'110105\\n********\\r0021'");
	check_masked(S("1101051949\xe2\x80\x8b" "12310021"), 6, 4,
	    "'110105****\\u200b****0021'");
	/* Full-width digits and other characters of UTF-8: one '*' each. */
	check_masked(S("110105\xef\xbc\x91\xef\xbc\x99" "4912310021"), 6, 4,
	    "'110105********0021'");
	check_masked(S("\xe8\xba\xab\xe4\xbb\xbd\xe8\xaf\x81" "110105194912310021"),
	    6, 4, "'\xe8\xba\xab\xe4\xbb\xbd\xe8\xaf\x81" "110***********0021'");
	/* A phone's mask. */
	check_masked(S("13912345678"), 3, 4, "'139****5678'");
	/* Cut: no tail kept. */
	memset(big, '7', sizeof(big));
	{
		struct fs_buf b = { 0 };

		fs_buf_quote_masked(&b, big, sizeof(big), 6, 4);
		CHECK(b.n == FS_QUOTE_MAX + 5 && memcmp(b.p, "'777777***",
		    10) == 0 && strcmp(b.p + FS_QUOTE_MAX - 2, "***...'") == 0);
		fs_buf_free(&b);
	}
}

/*
 * What fs_warnx() writes on stderr (fd 2, sent to a file for the call):
 * the tool, the message with its controls escaped, one newline; past
 * its 1 KB buffer too.
 */
static void
check_warnx(const char *arg, const char *want)
{
	static char got[4096];
	FILE *f = tmpfile();
	int saved = dup(2);
	size_t n;

	CHECK(f != NULL && saved >= 0);
	if (f == NULL || saved < 0)
		return;
	fflush(stderr);
	dup2(fileno(f), 2);
	fs_warnx("%s: end", arg);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(f);
	n = fread(got, 1, sizeof(got) - 1, f);
	got[n] = '\0';
	fclose(f);
	CHECK_STR(got, want);
}

static void
test_warnx(void)
{
	static char arg[3001], want[4096];
	size_t i;

	fs_tool = "fs-test";
	check_warnx("a\tb\nc\033[2J\xc2\x9b\xe4\xb8\x80",
	    "fs-test: a\\tb\\nc\\x1b[2J\\u009b\xe4\xb8\x80: end\n");
	/* 3,000 bytes, a control at each end and one at byte 1,500. */
	for (i = 0; i < 3000; i++)
		arg[i] = 'x';
	arg[0] = '\r';
	arg[1500] = '\n';
	arg[2999] = '\033';
	snprintf(want, sizeof(want), "fs-test: \\r%.1499s\\n%.1498s\\x1b: end\n",
	    arg + 1, arg + 1501);
	check_warnx(arg, want);
}

/* Text for a person: each control one space, C1 controls of UTF-8 too. */
static void
test_controls(void)
{
	char s[] = "a\tb\033[2J\xc2\x9b" "c\x7f\xc2\x85\xc2\xa0\xe4\xb8\x80\xc2";
	size_t n;

	CHECK(fs_control_len("\xc2\x9b", 2) == 2);
	CHECK(fs_control_len("\xc2\x9b", 1) == 0);
	CHECK(fs_control_len("\xc2\xa0", 2) == 0);
	CHECK(fs_control_len("\n", 1) == 1 && fs_control_len("x", 0) == 0);
	n = fs_controls_to_spaces(s, sizeof(s) - 1);
	s[n] = '\0';
	/* A lone 0xc2 at the end is not a control: it stays. */
	CHECK_STR(s, "a b [2J c  \xc2\xa0\xe4\xb8\x80\xc2");
	CHECK(fs_controls_to_spaces(s, 0) == 0);
}

/*
 * What a spreadsheet or a clerk leaves that SPEC 1.2's letter takes: a
 * cell of white space alone (a missing value, format.c), a word for
 * none and E notation in an id, a tab around a number, the error values
 * of newer Excel, full-width dashes in a date, a date in Chinese.
 */
static void
test_spreadsheet_more(void)
{
	static const char *const blank[] = {
		" ", "   ", "\\t", "\\n", "\\r", " \\t ", "\xc2\xa0",
		"\xe3\x80\x80", "\xc2\x85", "\xe1\x9a\x80", "\xe2\x80\x80",
		"\xe2\x80\x8a", "\xe2\x80\x8b", "\xe2\x80\xa8", "\xe2\x80\xa9",
		"\xe2\x80\xaf", "\xe2\x81\x9f", "\xef\xbb\xbf", "\t", "\r",
		" \xc2\xa0\xe3\x80\x80\\t"
	};
	static const char *const not_blank[] = {
		"", "a", " a", "a ", "\\\\", "\\", "\\x", "\\\\t", "\xc2\xa1",
		"\xe2\x80\x8c", "\xe2\x81\xa0", "\xe3\x80\x81", "\xef\xbb\xbe",
		"\xc2\x80", " \xe2\x80"
	};
	static const char *const none[] = {
		"\xe6\x97\xa0", "\xe6\x9a\x82\xe6\x97\xa0",
		"\xe5\xbe\x85\xe5\xae\x9a", "\xe6\xb2\xa1\xe6\x9c\x89",
		"\xe2\x80\x94", "\xe2\x80\x94\xe2\x80\x94", "/", "-", "--",
		"N/A", "n/a", "NA", "na", "none", "NONE", "null", "Null", "nil",
		"NaN", "TBD", "tba", "n.a.", "N.A", "?", "...", "*",
		"\xef\xbc\x8d", "\xef\xbc\x8f", "\xef\xbc\x9f", "\xe2\x80\xa6",
		"-\xe2\x80\x94/"
	};
	static const char *const ids[] = {
		"N", "N1", "NO", "no", "nan1", "T", "T1", "TB", "nonE1", "n/a1",
		"-A", "A-", "A-1", "1-", "0", "#", "#1", "\xe6\x97\xa0\xe9\x94\xa1",
		"\xe7\xa9\xba\xe5\x86\x9b", "9E9", "1.5", "1E+5a", "E+5", "1.E+5",
		"12E+5", "1.2.3E+4", "1E+", "1e5", "x1E+18", "_", "~"
	};
	static const char *const enote[] = {
		"4.10102E+17", "1.2E+04", "1E+18", "1e+05", "4.10102e-17",
		"1.0E+0"
	};
	static const char *const errs[] = {
		"#FIELD!", "#SPILL!", "#CALC!", "#BLOCKED!", "#CONNECT!",
		"#BUSY!", "#UNKNOWN!", "#GETTING_DATA"
	};
	const char *none_why = "not an id (a word for 'none'? leave the cell "
	    "empty)";
	const char *e_why = "id in E notation (a spreadsheet wrote it as a "
	    "number and lost its last digits: format the column as text and "
	    "type it again)";
	int64_t v;
	fs_date t;
	size_t i;
	int yes;

	for (i = 0; i < sizeof(blank) / sizeof(blank[0]); i++) {
		CHECK(fs_blank(blank[i], strlen(blank[i])));
		CHECK(fs_blank_lead[(unsigned char)blank[i][0]]);
		CHECK_STR(fs_id_check(blank[i], strlen(blank[i])),
		    fs_blank_missing);
	}
	for (i = 0; i < sizeof(not_blank) / sizeof(not_blank[0]); i++)
		CHECK(!fs_blank(not_blank[i], strlen(not_blank[i])));
	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		CHECK_STR(fs_id_check(none[i], strlen(none[i])), none_why);
	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		CHECK(fs_id_check(ids[i], strlen(ids[i])) == NULL);
	for (i = 0; i < sizeof(enote) / sizeof(enote[0]); i++)
		CHECK_STR(fs_id_check(enote[i], strlen(enote[i])), e_why);
	for (i = 0; i < sizeof(errs) / sizeof(errs[0]); i++) {
		CHECK_STR(fs_id_check(errs[i], strlen(errs[i])), "a "
		    "spreadsheet's error value (a formula failed: put the id "
		    "itself)");
		CHECK_STR(fs_amount_parse(errs[i], strlen(errs[i]), &v), "a "
		    "spreadsheet's error value (a formula failed: put the value "
		    "itself)");
	}
	/* fs_id_odd() sends every id fs_id_check() refuses so to it. */
	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		if ((unsigned char)none[i][0] < 0x80)
			CHECK(fs_id_odd(none[i], strlen(none[i])));
	for (i = 0; i < sizeof(enote) / sizeof(enote[0]); i++)
		CHECK(fs_id_odd(enote[i], strlen(enote[i])));
	CHECK(!fs_id_odd(S("S000001")) && !fs_id_odd(S("HH0000001")) &&
	    !fs_id_odd(S("V0001")) && !fs_id_odd(S("NONE1")));

	/* A tab around a number, escaped; \\t is a backslash and a t. */
	CHECK_STR(fs_idnum_check(S("\\t110101199001011237")), "not a resident "
	    "ID number (a tab around it)");
	CHECK_STR(fs_idnum_check(S("\\t1101011990010112")), "not a resident "
	    "ID number (a tab around it)");
	CHECK_STR(fs_amount_parse(S("\\t500.00"), &v), "not an amount (yuan, "
	    "like 1234.50; a tab around it)");
	CHECK_STR(fs_amount_parse(S("500.00\\t"), &v), "not an amount (yuan, "
	    "like 1234.50; a tab around it)");
	CHECK_STR(fs_count_parse(S("\\t3"), &v), "not a count (digits; a tab "
	    "around it)");
	CHECK_STR(fs_date_parse(S("\\t2026-01-05"), &t), "not a date "
	    "(YYYY-MM-DD; a tab around it)");
	CHECK_STR(fs_date_parse(S("2026-01-05\\\\\\t"), &t), "not a date "
	    "(YYYY-MM-DD; a tab around it)");
	CHECK_STR(fs_date_parse(S("2026-01-05\\\\t"), &t), "not a date "
	    "(YYYY-MM-DD)");
	CHECK_STR(fs_yesno_parse(S("yes\\t"), &yes), "not yes or no (a tab "
	    "around it)");
	CHECK_STR(fs_yesno_parse(S("\xef\xbc\x91"), &yes), "not yes or no "
	    "(full-width letters or digits: type them half-width)");

	/* Dates: full-width dashes, in Chinese, as the date they are. */
	CHECK_STR(fs_date_parse(S("2026\xef\xbc\x8d" "01\xef\xbc\x8d" "05"),
	    &t), "not a date (full-width characters: write it 2026-01-05)");
	CHECK_STR(fs_date_parse(S("2026\xef\xbc\x8f" "1\xef\xbc\x8f" "5"),
	    &t), "not a date (full-width characters: write it 2026-01-05)");
	CHECK_STR(fs_date_parse(S("2026\xef\xbc\x8d" "02\xef\xbc\x8d" "30"),
	    &t), "not a date (full-width characters: type them half-width)");
	CHECK_STR(fs_date_parse(S("2026\xe5\xb9\xb4" "1\xe6\x9c\x88"
	    "5\xe6\x97\xa5"), &t), "not a date (YYYY-MM-DD: write it "
	    "2026-01-05)");
	CHECK_STR(fs_date_parse(S("2026\xe5\xb9\xb4" "12\xe6\x9c\x88"
	    "31\xe5\x8f\xb7"), &t), "not a date (YYYY-MM-DD: write it "
	    "2026-12-31)");
	CHECK_STR(fs_date_parse(S("2026\xe5\xb9\xb4" "2\xe6\x9c\x88"
	    "30\xe6\x97\xa5"), &t), "no such day");
	CHECK_STR(fs_date_parse(S("2026\xe5\xb9\xb4" "3\xe6\x9c\x88"), &t),
	    "not a date (YYYY-MM-DD, like 2026-03-01)");
	CHECK_STR(fs_date_parse(S("2026\xe5\xb9\xb4" "3\xe6\x9c\x88"
	    "1\xe6\x97\xa5\xe6\x97\xa5"), &t),
	    "not a date (YYYY-MM-DD, like 2026-03-01)");
}

int
main(void)
{
	test_date();
	test_quote();
	test_quote_masked();
	test_warnx();
	test_controls();
	test_amount();
	test_fmt();
	test_amount_words();
	test_count_id_yesno();
	test_idnum();
	test_ratio();
	test_round();
	test_spreadsheet_more();
	return unit_done();
}
