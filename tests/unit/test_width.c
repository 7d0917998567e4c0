/*
 * test_width.c - display width and the roster's windows.
 */
#include <string.h>

#include "../../common/roster.h"
#include "../../common/width.h"
#include "unit.h"

#define S(s) (s), strlen(s)

static void
test_width(void)
{
	size_t w;

	CHECK(fs_text_width(S("abc")) == 3);
	CHECK(fs_text_width(S("石门村")) == 6);
	CHECK(fs_text_width(S("V01 石门村")) == 10);
	CHECK(fs_text_width(S("ｖ")) == 2);		/* fullwidth */
	CHECK(fs_text_width(S("e\xcc\x81")) == 1);	/* e + combining */
	CHECK(fs_text_width(S("")) == 0);
	/* Emoji shown as pictures are wide: ✅ ❌ ⭐ ⚡ 🚀 🈶 */
	CHECK(fs_cp_width(0x2705) == 2 && fs_cp_width(0x274c) == 2);
	CHECK(fs_cp_width(0x2b50) == 2 && fs_cp_width(0x26a1) == 2);
	CHECK(fs_cp_width(0x1f680) == 2 && fs_cp_width(0x1f236) == 2);
	CHECK(fs_text_width(S("\xe2\x9c\x85\xe2\x9d\x8c")) == 4);
	/* but not those shown as text: ☺ U+263A, 🌡 U+1F321 */
	CHECK(fs_cp_width(0x263a) == 1 && fs_cp_width(0x1f321) == 1);
	/* the ideographic space, CJK extension B, a code point to come */
	CHECK(fs_cp_width(0x3000) == 2 && fs_cp_width(0x20000) == 2);
	CHECK(fs_cp_width(0x2fff0) == 2);
	/* combining marks, variation selectors, format characters */
	CHECK(fs_cp_width(0x0301) == 0 && fs_cp_width(0xfe0f) == 0);
	CHECK(fs_cp_width(0x200b) == 0 && fs_cp_width(0x1160) == 0);
	CHECK(fs_cp_width(0x1100) == 2);
	CHECK(fs_cp_width(0) == 0 && fs_cp_width(0xe9) == 1 &&
	    fs_cp_width(0xad) == 1 && fs_cp_width(0x10ffff) == 1);
	CHECK(fs_text_fit(S("石门村"), 5, &w) == 6 && w == 4);
	CHECK(fs_text_fit(S("ab石"), 3, &w) == 2 && w == 2);
	CHECK(fs_text_fit(S("ab石"), 9, &w) == 5 && w == 4);
}

static void
test_window(void)
{
	struct fs_posting p[2] = { { 0, 0, "V01" }, { 0, 0, "V02" } };
	struct fs_rostered s = { p, 2, NULL, 0, NULL, NULL };
	uint8_t in[366];
	fs_date first, last;

	p[0].start = fs_date_make(2025, 3, 1);
	p[0].end = fs_date_make(2026, 2, 28);
	p[1].start = fs_date_make(2026, 6, 1);
	p[1].end = fs_date_make(2028, 5, 31);
	CHECK(fs_roster_window(&s, 2026, in, &first, &last) == 59 + 214);
	CHECK(first == fs_date_make(2026, 1, 1));
	CHECK(last == fs_date_make(2026, 12, 31));
	CHECK(in[58] == 1 && in[59] == 0 && in[151] == 1);
	CHECK(fs_roster_window(&s, 2028, in, &first, &last) == 152);
	CHECK(last == fs_date_make(2028, 5, 31));
	CHECK(fs_roster_window(&s, 2030, in, &first, &last) == 0);
	CHECK(fs_year_window(2028, in, &first, &last) == 366);
	CHECK(strcmp(fs_roster_village_on(&s, fs_date_make(2026, 4, 1)),
	    "V01") == 0);
	CHECK(strcmp(fs_roster_village_on(&s, fs_date_make(2026, 6, 1)),
	    "V02") == 0);
	CHECK(strcmp(fs_roster_village_on(&s, fs_date_make(2020, 1, 1)),
	    "V01") == 0);
	CHECK(strcmp(fs_roster_village_in_year(&s, 2026,
	    fs_date_make(2026, 12, 31)), "V02") == 0);
	CHECK(strcmp(fs_roster_village_in_year(&s, 2025,
	    fs_date_make(2026, 12, 31)), "V01") == 0);
	/* V02 not begun by the as-of date: the secretary is in V01 yet. */
	CHECK(strcmp(fs_roster_village_in_year(&s, 2026,
	    fs_date_make(2026, 5, 31)), "V01") == 0);
	CHECK(strcmp(fs_roster_village_in_year(&s, 2026,
	    fs_date_make(2026, 6, 1)), "V02") == 0);
}

int
main(void)
{
	test_width();
	test_window();
	return unit_done();
}
