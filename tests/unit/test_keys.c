/*
 * test_keys.c - repeated keys, the day map's half bytes, and key checks
 * of parts of a file compared and merged (fs_run_jobs()).
 */
#include <stdio.h>
#include <string.h>

#include "../../common/keys.h"
#include "unit.h"

/* Files a row's values v into kc, seen at a.tsv:line. */
static enum fs_key_result
check(struct fs_keycheck *kc, const struct fs_value *v, long line,
    const char *want_why)
{
	static const char *const files[] = { "a.tsv" };
	struct fs_buf why = { 0 };
	enum fs_key_result kr;
	int col;

	kr = fs_keycheck_row(kc, v, 0, line, files, &why, &col);
	if (kr == FS_KEY_CONFLICT && want_why != NULL)
		CHECK_STR(why.p, want_why);
	fs_buf_free(&why);
	return kr;
}

/* One attendance row (id, date, status). */
static enum fs_key_result
row(struct fs_keycheck *kc, const char *id, const char *date, int status,
    long line)
{
	struct fs_value v[FS_MAX_COLS];

	memset(v, 0, sizeof(v));
	v[FS_ATT_SECRETARY_ID].p = id;
	v[FS_ATT_SECRETARY_ID].n = strlen(id);
	v[FS_ATT_DATE].p = date;
	v[FS_ATT_DATE].n = strlen(date);
	fs_date_parse(date, strlen(date), &v[FS_ATT_DATE].v.date);
	v[FS_ATT_STATUS].v.choice = status;
	return check(kc, v, line, NULL);
}

/* One household row (its id); a repeat must name a.tsv:7. */
static enum fs_key_result
household(struct fs_keycheck *kc, const char *id, long line)
{
	struct fs_value v[FS_MAX_COLS];

	memset(v, 0, sizeof(v));
	v[FS_HH_HOUSEHOLD_ID].p = id;
	v[FS_HH_HOUSEHOLD_ID].n = strlen(id);
	return check(kc, v, line, "the same household_id as a.tsv:7");
}

/* Day d of 2026 in id's day map. */
static int
day_of(const struct fs_keycheck *kc, const char *id, int d)
{
	const struct fs_dayyear *y = fs_keycheck_years(kc, id, strlen(id));

	while (y != NULL && y->year != 2026)
		y = y->next;
	return y != NULL ? fs_dayyear_get(y, d) : -1;
}

/* Day d of year in id's day map, or -1 when the year is not there. */
static int
day_in(const struct fs_keycheck *kc, const char *id, int year, int d)
{
	const struct fs_dayyear *y = fs_keycheck_years(kc, id, strlen(id));

	while (y != NULL && y->year != year)
		y = y->next;
	return y != NULL ? fs_dayyear_get(y, d) : -1;
}

/* Are id's years in kc latest first, each once? */
static int
years_ordered(const struct fs_keycheck *kc, const char *id, int count)
{
	const struct fs_dayyear *y = fs_keycheck_years(kc, id, strlen(id));
	int n = 0;

	for (; y != NULL; y = y->next, n++)
		if (y->next != NULL && y->next->year >= y->year)
			return 0;
	return n == count;
}

/*
 * Years met out of order, and parts whose years interleave: an id's
 * years are kept latest first, and clashes and merges walk the two
 * lists together, so each year must still meet its own.
 */
static void
test_years(void)
{
	struct fs_keycheck a, b;

	fs_keycheck_init(&a, &fs_fmt_attendance);
	fs_keycheck_init(&b, &fs_fmt_attendance);
	CHECK(row(&a, "S1", "2025-03-01", FS_ST_ABSENT, 2) == FS_KEY_NEW);
	CHECK(row(&a, "S1", "2027-03-01", FS_ST_LEAVE, 3) == FS_KEY_NEW);
	CHECK(row(&a, "S1", "2023-03-01", FS_ST_TRAINING, 4) == FS_KEY_NEW);
	CHECK(row(&a, "S1", "2024-01-01", FS_ST_ABSENT, 5) == FS_KEY_NEW);
	CHECK(row(&a, "S1", "2025-03-01", FS_ST_ABSENT, 6) == FS_KEY_SAME);
	CHECK(row(&a, "S1", "2023-03-01", FS_ST_LEAVE, 7) == FS_KEY_CONFLICT);
	CHECK(row(&a, "S1", "2027-03-01", FS_ST_ABSENT, 8) == FS_KEY_CONFLICT);
	CHECK(years_ordered(&a, "S1", 4));	/* 2027 2025 2024 2023 */

	/* Years 2026, 2024 and 2022 of b fall between a's. */
	CHECK(row(&b, "S1", "2022-06-01", FS_ST_ABSENT, 1) == FS_KEY_NEW);
	CHECK(row(&b, "S1", "2026-06-01", FS_ST_ABSENT, 2) == FS_KEY_NEW);
	CHECK(row(&b, "S1", "2024-01-02", FS_ST_LEAVE, 3) == FS_KEY_NEW);
	CHECK(!fs_keycheck_clash(&a, &b));
	CHECK(!fs_keycheck_clash(&b, &a));
	/* The same day of 2024, another status: found past 2026 and 2025. */
	CHECK(row(&b, "S1", "2024-01-01", FS_ST_LEAVE, 4) == FS_KEY_NEW);
	CHECK(fs_keycheck_clash(&a, &b));
	CHECK(fs_keycheck_clash(&b, &a));
	fs_keycheck_free(&b);

	fs_keycheck_init(&b, &fs_fmt_attendance);
	CHECK(row(&b, "S1", "2028-02-29", FS_ST_ABSENT, 1) == FS_KEY_NEW);
	CHECK(row(&b, "S1", "2022-06-01", FS_ST_ABSENT, 2) == FS_KEY_NEW);
	CHECK(row(&b, "S1", "2024-01-02", FS_ST_LEAVE, 3) == FS_KEY_NEW);
	CHECK(row(&b, "S1", "2026-06-01", FS_ST_TRAINING, 4) == FS_KEY_NEW);
	CHECK(!fs_keycheck_clash(&a, &b));
	fs_keycheck_merge(&a, &b, 0, 10);
	CHECK(years_ordered(&a, "S1", 7));
	CHECK(day_in(&a, "S1", 2028, 59) == FS_ST_ABSENT + 1);
	CHECK(day_in(&a, "S1", 2027, 59) == FS_ST_LEAVE + 1);
	CHECK(day_in(&a, "S1", 2026, 151) == FS_ST_TRAINING + 1);
	CHECK(day_in(&a, "S1", 2025, 59) == FS_ST_ABSENT + 1);
	CHECK(day_in(&a, "S1", 2024, 0) == FS_ST_ABSENT + 1);
	CHECK(day_in(&a, "S1", 2024, 1) == FS_ST_LEAVE + 1);
	CHECK(day_in(&a, "S1", 2023, 59) == FS_ST_TRAINING + 1);
	CHECK(day_in(&a, "S1", 2022, 151) == FS_ST_ABSENT + 1);
	/* Merged again: nothing doubles. */
	fs_keycheck_merge(&a, &b, 0, 20);
	CHECK(years_ordered(&a, "S1", 7));
	CHECK(row(&a, "S1", "2022-06-01", FS_ST_LEAVE, 30) ==
	    FS_KEY_CONFLICT);
	fs_keycheck_free(&a);
	fs_keycheck_free(&b);
}

/* The line where a household id was first seen in kc, or -1. */
static long
seen_line(const struct fs_keycheck *kc, const char *id)
{
	const struct fs_keyseen *ks = fs_table_find(&kc->seen, id, strlen(id));

	return ks != NULL ? (long)ks->line : -1;
}

/*
 * Parts of thousands of keys, whose tables grow and are compared and
 * merged with their slots asked for ahead (and room made at once): a
 * repeat deep in a part still clashes, and every merged key keeps its
 * line, shifted.
 */
static void
test_many_keys(void)
{
	struct fs_keycheck x, y, z;
	char id[32];
	long i, bad = 0;

	fs_keycheck_init(&x, &fs_fmt_households);
	fs_keycheck_init(&y, &fs_fmt_households);
	fs_keycheck_init(&z, &fs_fmt_households);
	for (i = 0; i < 5000; i++) {
		snprintf(id, sizeof(id), "H%ld", 2 * i);
		bad += household(&x, id, i + 2) != FS_KEY_NEW;
		snprintf(id, sizeof(id), "H%ld", 2 * i + 1);
		bad += household(&y, id, i + 1) != FS_KEY_NEW;
		snprintf(id, sizeof(id), "Z%ld", i);
		bad += household(&z, i == 4000 ? "H7998" : id, i + 1) !=
		    FS_KEY_NEW;
	}
	CHECK(bad == 0);
	CHECK(!fs_keycheck_clash(&x, &y) && !fs_keycheck_clash(&y, &x));
	CHECK(fs_keycheck_clash(&x, &z) && fs_keycheck_clash(&z, &x));
	fs_keycheck_merge(&x, &y, 0, 5001);
	CHECK(x.seen.n == 10000);
	for (i = 0; i < 10000; i++) {
		snprintf(id, sizeof(id), "H%ld", i);
		bad += seen_line(&x, id) != (i % 2 ? 5001 + i / 2 + 1 :
		    i / 2 + 2);
	}
	CHECK(bad == 0);
	CHECK(seen_line(&x, "H10000") == -1);
	fs_keycheck_free(&x);
	fs_keycheck_free(&y);
	fs_keycheck_free(&z);
}

/*
 * Two household_ids whose fs_hash() has the same top half, the tag that
 * fs-households's tables compare before the bytes: the cases
 * fs-households/same-tag.t and per-capita-far.t give them, and mean to;
 * and two helper_ids alike in their first 8 bytes too.
 */
static void
test_same_tag(void)
{
	CHECK(fs_hash("HC0089344", 9) >> 32 == fs_hash("HC0089568", 9) >> 32);
	CHECK(fs_hash("HC0089344", 9) != fs_hash("HC0089568", 9));
	/* helper_ids, in fs-households/helper-ids-table.t */
	CHECK(fs_hash("HELPER-9049848", 14) >> 32 ==
	    fs_hash("HELPER-9055459", 14) >> 32);
}

/*
 * A line number past 2^32 (four billion lines, blank ones counted) is
 * kept whole, also when a part's keys are shifted by its first line.
 */
static void
test_far_lines(void)
{
	static const char *const files[] = { "a.tsv" };
	struct fs_keycheck k, p;
	struct fs_value v[FS_MAX_COLS];
	struct fs_buf why = { 0 };
	int col;

	CHECK(sizeof(struct fs_keyseen) == 8);
	fs_keycheck_init(&k, &fs_fmt_households);
	fs_keycheck_init(&p, &fs_fmt_households);
	memset(v, 0, sizeof(v));
	v[FS_HH_HOUSEHOLD_ID].p = "H1";
	v[FS_HH_HOUSEHOLD_ID].n = 2;
	CHECK(fs_keycheck_row(&k, v, 0, 4294967298L, files, &why, &col) ==
	    FS_KEY_NEW);
	CHECK(fs_keycheck_row(&k, v, 0, 4294967299L, files, &why, &col) ==
	    FS_KEY_CONFLICT);
	CHECK_STR(why.p, "the same household_id as a.tsv:4294967298");
	v[FS_HH_HOUSEHOLD_ID].p = "H2";
	CHECK(fs_keycheck_row(&p, v, 0, 3, files, &why, &col) == FS_KEY_NEW);
	fs_keycheck_merge(&k, &p, 0, 1099511627000L);
	CHECK(fs_keycheck_row(&k, v, 0, 1099511627100L, files, &why, &col) ==
	    FS_KEY_CONFLICT);
	CHECK_STR(why.p, "the same household_id as a.tsv:1099511627003");
	fs_buf_free(&why);
	fs_keycheck_free(&k);
	fs_keycheck_free(&p);
}

int
main(void)
{
	struct fs_keycheck a, b, c, h1, h2;

	test_years();
	test_same_tag();

	fs_keycheck_init(&a, &fs_fmt_attendance);
	fs_keycheck_init(&b, &fs_fmt_attendance);
	fs_keycheck_init(&c, &fs_fmt_attendance);
	CHECK(a.daymap);

	/* Neighbouring days share a byte and keep apart. */
	CHECK(row(&a, "S1", "2026-01-01", FS_ST_ABSENT, 2) == FS_KEY_NEW);
	CHECK(row(&a, "S1", "2026-01-02", FS_ST_IN_VILLAGE, 3) == FS_KEY_NEW);
	CHECK(row(&a, "S1", "2026-12-31", FS_ST_LEAVE, 4) == FS_KEY_NEW);
	CHECK(row(&a, "S1", "2026-01-01", FS_ST_ABSENT, 5) == FS_KEY_SAME);
	CHECK(row(&a, "S1", "2026-01-02", FS_ST_ABSENT, 6) ==
	    FS_KEY_CONFLICT);
	CHECK(strcmp(a.earlier, "in_village") == 0);
	CHECK(day_of(&a, "S1", 0) == FS_ST_ABSENT + 1);
	CHECK(day_of(&a, "S1", 1) == FS_ST_IN_VILLAGE + 1);
	CHECK(day_of(&a, "S1", 2) == 0);
	CHECK(day_of(&a, "S1", 364) == FS_ST_LEAVE + 1);
	/* 2028 is a leap year: day 365 is its 31 December. */
	CHECK(row(&a, "S1", "2028-12-31", FS_ST_TRAINING, 7) == FS_KEY_NEW);

	/* Another part: the same status on a day is no clash ... */
	CHECK(row(&b, "S1", "2026-01-01", FS_ST_ABSENT, 1) == FS_KEY_NEW);
	CHECK(row(&b, "S1", "2026-01-03", FS_ST_LEAVE, 2) == FS_KEY_NEW);
	CHECK(row(&b, "S2", "2026-01-02", FS_ST_LEAVE, 3) == FS_KEY_NEW);
	CHECK(!fs_keycheck_clash(&a, &b));
	/* ... another status on the same day is. */
	CHECK(row(&c, "S1", "2026-01-03", FS_ST_ABSENT, 1) == FS_KEY_NEW);
	CHECK(!fs_keycheck_clash(&a, &c));
	CHECK(fs_keycheck_clash(&b, &c));
	CHECK(fs_keycheck_clash(&c, &b));

	fs_keycheck_merge(&a, &b, 0, 10);
	CHECK(day_of(&a, "S1", 0) == FS_ST_ABSENT + 1);
	CHECK(day_of(&a, "S1", 1) == FS_ST_IN_VILLAGE + 1);
	CHECK(day_of(&a, "S1", 2) == FS_ST_LEAVE + 1);
	CHECK(day_of(&a, "S2", 1) == FS_ST_LEAVE + 1);
	CHECK(day_of(&a, "S2", 0) == 0);
	CHECK(row(&a, "S2", "2026-01-02", FS_ST_ABSENT, 20) ==
	    FS_KEY_CONFLICT);
	CHECK(fs_keycheck_years(&a, "S1", 2) != NULL &&
	    fs_keycheck_years(&a, "S1", 2)->next != NULL);	/* 2028 kept */

	/* Keys of a set: any repeat clashes; merged lines are shifted. */
	fs_keycheck_init(&h1, &fs_fmt_households);
	fs_keycheck_init(&h2, &fs_fmt_households);
	CHECK(!h1.daymap);
	CHECK(household(&h1, "H1", 2) == FS_KEY_NEW);
	CHECK(household(&h2, "H2", 3) == FS_KEY_NEW);
	CHECK(!fs_keycheck_clash(&h1, &h2));
	fs_keycheck_merge(&h1, &h2, 0, 4);
	CHECK(fs_keycheck_clash(&h1, &h2));
	CHECK(household(&h1, "H2", 9) == FS_KEY_CONFLICT);
	test_many_keys();
	test_far_lines();

	fs_keycheck_free(&a);
	fs_keycheck_free(&b);
	fs_keycheck_free(&c);
	fs_keycheck_free(&h1);
	fs_keycheck_free(&h2);
	return unit_done();
}
