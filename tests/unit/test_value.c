/*
 * test_value.c - the value parsers and formats of SPEC 1.2.
 */
#include <stdint.h>
#include <string.h>

#include "../../common/value.h"
#include "unit.h"

#define S(s) (s), strlen(s)

static const char *
amount(const char *s, int64_t *fen)
{
	return fs_amount_parse(S(s), fen);
}

static void
test_date(void)
{
	fs_date t;
	char buf[FS_FMT_MAX];
	int y, m, d;

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

	fs_amount_fmt(-1, buf);
	CHECK_STR(buf, "-0.01");
	fs_amount_fmt(1000000, buf);
	CHECK_STR(buf, "10000.00");
	fs_amount_fmt(INT64_MAX, buf);
	CHECK_STR(buf, "92233720368547758.07");
	fs_amount_fmt(-1205, buf);
	CHECK_STR(buf, "-12.05");
}

static void
test_count_id_yesno(void)
{
	int64_t n;
	int yes;

	CHECK(fs_count_parse(S("0"), &n) == NULL && n == 0);
	CHECK(fs_count_parse(S("9223372036854775807"), &n) == NULL &&
	    n == INT64_MAX);
	CHECK(fs_count_parse(S("9223372036854775808"), &n) != NULL);
	/* 10 times more than INT64_MAX wraps past UINT64_MAX (fuzzing). */
	CHECK(fs_count_parse(S("82120210389824620042"), &n) != NULL);
	CHECK(fs_count_parse(S("20000000000000000000"), &n) != NULL);
	CHECK(fs_count_parse(S("00000000000000000000001"), &n) == NULL &&
	    n == 1);
	CHECK(fs_count_parse(S("-1"), &n) != NULL);
	CHECK(fs_count_parse(S("1.0"), &n) != NULL);
	CHECK(fs_count_parse(S(""), &n) != NULL);

	CHECK(fs_id_check(S("S001")) == NULL);
	CHECK(fs_id_check(S("村-01")) == NULL);
	CHECK(fs_id_check(S("a b")) != NULL);
	CHECK(fs_id_check(S("a\\tb")) != NULL);
	CHECK(fs_id_check(S("a\x01")) != NULL);
	CHECK(fs_id_check(S("a\xe3\x80\x80")) != NULL);
	CHECK(fs_id_check(S("")) != NULL);
	CHECK(fs_id_check(S("1234567890123456789012345678901234567890123456789012345678901234")) == NULL);
	CHECK(fs_id_check(S("12345678901234567890123456789012345678901234567890123456789012345")) != NULL);

	CHECK(fs_yesno_parse(S("YES"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse(S("y"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse(S("True"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse(S("1"), &yes) == NULL && yes == 1);
	CHECK(fs_yesno_parse(S("No"), &yes) == NULL && yes == 0);
	CHECK(fs_yesno_parse(S("FALSE"), &yes) == NULL && yes == 0);
	CHECK(fs_yesno_parse(S("0"), &yes) == NULL && yes == 0);
	CHECK(fs_yesno_parse(S("ja"), &yes) != NULL);
	CHECK(fs_yesno_parse(S("yess"), &yes) != NULL);
}

static void
test_idnum(void)
{
	/* Check digits computed by ISO 7064 MOD 11-2. */
	CHECK(fs_idnum_check(S("11010519491231002X")) == NULL);
	CHECK(fs_idnum_check(S("11010519491231002x")) == NULL);
	CHECK(fs_idnum_check(S("110105194912310021")) != NULL);
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

int
main(void)
{
	test_date();
	test_amount();
	test_count_id_yesno();
	test_idnum();
	test_ratio();
	test_round();
	return unit_done();
}
