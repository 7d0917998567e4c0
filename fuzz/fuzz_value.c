/*
 * fuzz_value.c - every value parser of common/value.h, with the
 * properties they promise: a value that parses prints in its normal form
 * and parses again to the same value; calendar arithmetic stays on real
 * days; escaping and UTF-8 checking agree with plain reference versions.
 */
#include <string.h>

#include "../common/tsv.h"
#include "../common/value.h"
#include "fuzz.h"

/* The UTF-8 check written the slow, obvious way (RFC 3629). */
static int
utf8_ok(const unsigned char *s, size_t n)
{
	size_t i = 0, k, more;
	uint32_t c, min;

	while (i < n) {
		c = s[i++];
		if (c == 0)
			return 0;
		if (c < 0x80)
			continue;
		if (c >= 0xc0 && c < 0xe0)
			more = 1, min = 0x80, c &= 0x1f;
		else if (c >= 0xe0 && c < 0xf0)
			more = 2, min = 0x800, c &= 0x0f;
		else if (c >= 0xf0 && c < 0xf8)
			more = 3, min = 0x10000, c &= 0x07;
		else
			return 0;
		for (k = 0; k < more; k++, i++) {
			if (i >= n || (s[i] & 0xc0) != 0x80)
				return 0;
			c = c << 6 | (s[i] & 0x3f);
		}
		if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return 0;
	}
	return 1;
}

/* p without its leading zeros (but one digit stays). */
static void
strip_zeros(const char **p, size_t *n)
{
	while (*n > 1 && **p == '0') {
		(*p)++;
		(*n)--;
	}
}

static void
check_date(const char *p, size_t n, int32_t months)
{
	char buf[FS_FMT_MAX];
	fs_date t, u;
	int y, m, d, y2, m2, d2;

	if (fs_date_parse(p, n, &t) != NULL)
		return;
	FUZZ_ASSERT(fs_date_fmt(t, buf) == 10 && memcmp(buf, p, 10) == 0);
	fs_date_split(t, &y, &m, &d);
	FUZZ_ASSERT(fs_date_valid(y, m, d) && fs_date_make(y, m, d) == t);
	FUZZ_ASSERT(fs_weekday(t) >= 1 && fs_weekday(t) <= 7);
	FUZZ_ASSERT(fs_weekday(t + 1) % 7 == (fs_weekday(t) + 1) % 7);
	FUZZ_ASSERT(fs_date_year(t) == y);
	u = fs_date_add_months(t, months);
	fs_date_split(u, &y2, &m2, &d2);
	FUZZ_ASSERT(fs_date_valid(y2, m2, d2));
	FUZZ_ASSERT((y2 * 12 + m2) - (y * 12 + m) == months);
	FUZZ_ASSERT(d2 == d || (d2 < d && d2 == fs_days_in_month(y2, m2)));
	if (u >= t) {
		FUZZ_ASSERT(fs_months_between(t, u) == months ||
		    (d2 < d && fs_months_between(t, u) == months - 1));
		FUZZ_ASSERT(fs_months_between(u, t) == 0);
	}
	FUZZ_ASSERT(fs_month_fmt(t, buf) == 7 && memcmp(buf, p, 7) == 0);
}

static void
check_amount(const char *p, size_t n)
{
	char buf[FS_FMT_MAX];
	int64_t fen, again;
	size_t k;

	if (fs_amount_parse(p, n, &fen) != NULL)
		return;
	k = fs_amount_fmt(fen, buf);
	FUZZ_ASSERT(k < FS_FMT_MAX && strlen(buf) == k);
	FUZZ_ASSERT(fs_amount_parse(buf, k, &again) == NULL && again == fen);
}

static void
check_count(const char *p, size_t n)
{
	char buf[FS_FMT_MAX];
	int64_t v;
	size_t k;

	if (fs_count_parse(p, n, &v) != NULL)
		return;
	FUZZ_ASSERT(v >= 0);
	k = fs_int_fmt(v, buf);
	strip_zeros(&p, &n);
	FUZZ_ASSERT(k == n && memcmp(buf, p, n) == 0);
}

static void
check_ratio(const char *p, size_t n, int64_t days)
{
	char buf[FS_FMT_MAX];
	struct fs_ratio r;
	int64_t need;
	size_t k;

	if (fs_ratio_parse(p, n, &r) != NULL)
		return;
	FUZZ_ASSERT(r.num >= 0 && r.den > 0);
	k = fs_fixed_fmt(r.num, r.den, 4, buf);
	FUZZ_ASSERT(k < FS_FMT_MAX && strlen(buf) == k);
	if (days < 0)
		days = -days;
	days %= 100000;
	need = fs_ratio_ceil_mul(r, days);
	if (need >= 0) {
		/* need is the least count with need / days >= r. */
		FUZZ_ASSERT((__int128)need * r.den >= (__int128)r.num * days);
		FUZZ_ASSERT(need == 0 ||
		    (__int128)(need - 1) * r.den < (__int128)r.num * days);
	}
}

static void
check_arith(const uint8_t *data, size_t size)
{
	int64_t a, b, s;
	char buf[FS_FMT_MAX];
	int dec;

	if (size < 17)
		return;
	memcpy(&a, data, 8);
	memcpy(&b, data + 8, 8);
	dec = data[16] % 7;
	FUZZ_ASSERT((fs_add_overflow(a, b, &s) == 0) ==
	    !__builtin_add_overflow(a, b, &s));
	FUZZ_ASSERT((fs_mul_overflow(a, b, &s) == 0) ==
	    !__builtin_mul_overflow(a, b, &s));
	FUZZ_ASSERT(fs_fixed_fmt(a, b, dec, buf) < FS_FMT_MAX);
	FUZZ_ASSERT(fs_amount_fmt(a, buf) < FS_FMT_MAX);
	FUZZ_ASSERT(fs_int_fmt(a, buf) < FS_FMT_MAX);
	if (b != 0 && !(a == INT64_MIN && b == -1))
		(void)fs_div_round(a, b);
}

static void
check_text(const char *p, size_t n)
{
	struct fs_out o;
	char *dec;
	size_t k;

	FUZZ_ASSERT((fs_utf8_check(p, n) == NULL) ==
	    utf8_ok((const unsigned char *)p, n));
	dec = fs_xmalloc(n + 1);
	k = fs_unescape(p, n, dec);
	FUZZ_ASSERT(k <= n);
	/* Escaping, then decoding, gives the bytes back. */
	fs_out_init(&o, -1, "fuzz", 1);
	fs_out_text(&o, p, n);
	FUZZ_ASSERT(o.spill == NULL && memchr(o.buf, '\t', o.n) == NULL &&
	    memchr(o.buf, '\n', o.n) == NULL);
	dec = fs_xreallocarray(dec, o.n + 1, 1);
	k = fs_unescape(o.buf, o.n, dec);
	FUZZ_ASSERT(k == n && memcmp(dec, p, n) == 0);
	fs_out_discard(&o);
	free(dec);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *p = (const char *)data;
	int yes;
	int32_t months = 0;
	int64_t days = 0;

	if (size >= 4)
		memcpy(&months, data + size - 4, 4);
	months %= 12 * 400;
	if (size >= 8)
		memcpy(&days, data + size - 8, 8);
	check_date(p, size, months);
	check_amount(p, size);
	check_count(p, size);
	check_ratio(p, size, days);
	(void)fs_id_check(p, size);
	(void)fs_yesno_parse(p, size, &yes);
	(void)fs_idnum_check(p, size);
	check_arith(data, size);
	if (size <= 1 << 16)
		check_text(p, size);
	/* The date parser sees every 10-byte window too. */
	if (size > 10)
		check_date(p + 1, 10, months);
	return 0;
}
