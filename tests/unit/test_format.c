/*
 * test_format.c - parsing rows by a format's binding (SPEC 3): columns
 * found by name in any order, absent ones, and the column at fault.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../common/format.h"
#include "../../common/policy.h"
#include "../../common/tsv.h"
#include "unit.h"

static char path[] = "/tmp/fs-test-format.XXXXXX";

/* Opens a reader on the given bytes, header read, and binds fmt to it. */
static void
open_bound(struct fs_tsv *r, struct fs_binding *b,
    const struct fs_format *fmt, const char *bytes)
{
	const char *why;
	size_t n = strlen(bytes);
	int fd = mkstemp(path);

	if (fd < 0 || write(fd, bytes, n) != (ssize_t)n)
		abort();
	close(fd);
	if (fs_tsv_open(r, path) < 0 || fs_tsv_header(r, &why) < 0 ||
	    fs_format_bind(fmt, r, b, &why) < 0)
		abort();
	unlink(path);
	strcpy(path + strlen(path) - 6, "XXXXXX");
}

/* The next row's parse: its reason (or "ok") and the column at fault. */
static const char *
next(struct fs_tsv *r, const struct fs_binding *b, struct fs_value *v,
    int *col)
{
	const char *why;

	if (fs_tsv_next(r) != FS_TSV_ROW)
		return "no row";
	why = fs_format_parse(b, r, v, col);
	return why != NULL ? why : "ok";
}

static int
value_is(const struct fs_value *x, const char *s)
{
	return fs_slice_eq(x->p, x->n, s);
}

static void
test_funds(void)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	int col, i;

	/* Out of the format's order, with an extra column, some absent. */
	open_bound(&r, &b, &fs_fmt_funds,
	    "note\tamount\textra\tdate\tflow\tcategory\tvillage_id\tref\n"
	    "n1\t591.29\tx\t2026-01-01\tout\tbenefit\tV0391\tR1\n"
	    "\t41062.46\t\t2026-01-02\tin\tcollective\tV0001\t\n"
	    "\t12.5\t\t2026-01-02\tin\tproject\tV0001\t\n"
	    "\tabc\t\t2026-02-30\tin\tproject\tV0001\t\n"
	    "\t\t\t2026-01-02\tsideways\tproject\tV0001\t\n"
	    "\t1.00\t\t2026-01-02\tsideways\tproject\tV 1\t\n"
	    "\t1.00\t\t2026-01-02\tin\tproject\tV1\ta b\n"
	    "\t0.00\t\t2026-01-02\tin\tproject\tV1\t\n"
	    "\t1.00\t\t2026-01-02\tin\tsupport\tV1\t\n"
	    "\t1,000.00\t\t2026-01-02\tin\tproject\tV1\t\n");
	CHECK(!fs_binding_is_extra(&b, 0) && fs_binding_is_extra(&b, 2));

	/* Poison the values: the parse must set every one. */
	memset(v, 0x5a, sizeof(v));
	CHECK_STR(next(&r, &b, v, &col), "ok");
	CHECK(col == -1);
	CHECK(v[FS_FUNDS_DATE].v.date == fs_date_make(2026, 1, 1));
	CHECK(value_is(&v[FS_FUNDS_VILLAGE_ID], "V0391"));
	CHECK(v[FS_FUNDS_CATEGORY].v.choice == FS_CAT_BENEFIT);
	CHECK(v[FS_FUNDS_FLOW].v.choice == FS_FLOW_OUT);
	CHECK(v[FS_FUNDS_AMOUNT].v.num == 59129);
	CHECK(value_is(&v[FS_FUNDS_AMOUNT], "591.29"));
	CHECK(value_is(&v[FS_FUNDS_NOTE], "n1"));
	CHECK(value_is(&v[FS_FUNDS_REF], "R1"));
	/* Absent columns are empty, their values zero. */
	for (i = 0; i < fs_fmt_funds.ncols; i++)
		if (i == FS_FUNDS_SECRETARY_ID || i == FS_FUNDS_SOURCE ||
		    i == FS_FUNDS_HOUSEHOLD_ID || i == FS_FUNDS_NOTICE_REF)
			CHECK(v[i].n == 0 && v[i].p != NULL &&
			    v[i].v.num == 0 && v[i].v.ratio.den == 0);
	/* Text and ids hold no value: zero, all of it. */
	CHECK(v[FS_FUNDS_NOTE].v.ratio.num == 0 &&
	    v[FS_FUNDS_NOTE].v.ratio.den == 0);
	CHECK(v[FS_FUNDS_VILLAGE_ID].v.ratio.num == 0 &&
	    v[FS_FUNDS_VILLAGE_ID].v.ratio.den == 0);

	memset(v, 0x5a, sizeof(v));
	CHECK_STR(next(&r, &b, v, &col), "ok");
	CHECK(v[FS_FUNDS_AMOUNT].v.num == 4106246);
	CHECK(v[FS_FUNDS_FLOW].v.choice == FS_FLOW_IN);
	CHECK(v[FS_FUNDS_CATEGORY].v.choice == FS_CAT_COLLECTIVE);
	/* An empty optional column: empty, and zero. */
	CHECK(v[FS_FUNDS_NOTE].n == 0 && v[FS_FUNDS_NOTE].v.num == 0);
	CHECK(v[FS_FUNDS_REF].n == 0 && v[FS_FUNDS_REF].v.num == 0);

	CHECK_STR(next(&r, &b, v, &col), "ok");
	CHECK(v[FS_FUNDS_AMOUNT].v.num == 1250);

	/*
	 * Two columns at fault: the first in the format's order is named,
	 * whatever the order of the file's columns.
	 */
	CHECK_STR(next(&r, &b, v, &col), "no such day");
	CHECK(col == FS_FUNDS_DATE && value_is(&v[col], "2026-02-30"));
	CHECK_STR(next(&r, &b, v, &col), "not one of: in, out");
	CHECK(col == FS_FUNDS_FLOW && value_is(&v[col], "sideways"));
	CHECK_STR(next(&r, &b, v, &col),
	    "id with white space or a control character");
	CHECK(col == FS_FUNDS_VILLAGE_ID && value_is(&v[col], "V 1"));
	CHECK_STR(next(&r, &b, v, &col),
	    "id with white space or a control character");
	CHECK(col == FS_FUNDS_REF);
	/* The format's own check, after the columns. */
	CHECK_STR(next(&r, &b, v, &col),
	    "amount must be positive (flow says in or out)");
	CHECK(col == FS_FUNDS_AMOUNT);
	CHECK_STR(next(&r, &b, v, &col),
	    "missing (the category is paid for a secretary)");
	CHECK(col == FS_FUNDS_SECRETARY_ID);
	CHECK_STR(next(&r, &b, v, &col), "not an amount (yuan, like 1234.50, "
	    "no thousands separators)");
	CHECK(col == FS_FUNDS_AMOUNT && value_is(&v[col], "1,000.00"));
	CHECK_STR(next(&r, &b, v, &col), "no row");
	fs_tsv_close(&r);
}

static void
test_households(void)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	int col;

	/* Required text, counts, yes/no and resident ID numbers. */
	open_bound(&r, &b, &fs_fmt_households,
	    "household_id\tvillage_id\thead_name\tmembers\tannual_income\t"
	    "status\thead_id_number\twater\n"
	    "H1\tV1\tWang\t3\t1200\tpoor\t11010519491231002X\tyes\n"
	    "H2\tV1\t\t3\t1200\tpoor\t\t\n"
	    "H3\tV1\tLi\tx\t1200\tpoor\t\t\n"
	    "H4\tV1\tLi\t2\t1200\tpoor\t110105194912310021\t\n"
	    "H5\tV1\tLi\t2\t1200\tpoor\t\tmaybe\n"
	    "H6\tV1\tLi\t0\t1200\tpoor\t\t\n");
	memset(v, 0x5a, sizeof(v));
	CHECK_STR(next(&r, &b, v, &col), "ok");
	CHECK(value_is(&v[FS_HH_HEAD_NAME], "Wang"));
	CHECK(v[FS_HH_MEMBERS].v.num == 3);
	CHECK(v[FS_HH_ANNUAL_INCOME].v.num == 120000);
	CHECK(v[FS_HH_STATUS].v.choice == FS_HHS_POOR);
	CHECK(v[FS_HH_WATER].v.yes == 1);
	CHECK(v[FS_HH_EDUCATION].n == 0 && v[FS_HH_EDUCATION].v.yes == 0);
	CHECK_STR(next(&r, &b, v, &col), "missing");
	CHECK(col == FS_HH_HEAD_NAME);
	CHECK_STR(next(&r, &b, v, &col), "not a count (digits)");
	CHECK(col == FS_HH_MEMBERS);
	CHECK_STR(next(&r, &b, v, &col),
	    "resident ID number with a wrong check digit");
	CHECK(col == FS_HH_HEAD_ID_NUMBER);
	CHECK_STR(next(&r, &b, v, &col),
	    "not yes or no (yes, no, y, n, 1, 0, true or false)");
	CHECK(col == FS_HH_WATER);
	CHECK_STR(next(&r, &b, v, &col), "a household has at least 1 member");
	CHECK(col == FS_HH_MEMBERS);
	fs_tsv_close(&r);
}

/* A value of each type that its parser takes, whatever the row. */
static const char *
valid_value(const struct fs_column *c)
{
	switch (c->type) {
	case FS_ID:
		return "X1";
	case FS_DATE:
		return "2026-01-01";
	case FS_AMOUNT:
		return "1.00";
	case FS_COUNT:
		return "1";
	case FS_YESNO:
		return "yes";
	case FS_IDNUM:
		return "11010519491231002X";
	case FS_RATIO:
		return "1/2";
	case FS_PERIOD:
		return "2026";
	case FS_CHOICE:
		return c->allowed[0];
	default:
		return "t";
	}
}

/* The index of the word p[0 .. n) among a column's words, or -1. */
static int
word_index(const char *const *allowed, const char *p, size_t n)
{
	int i;

	for (i = 0; allowed[i] != NULL; i++)
		if (strlen(allowed[i]) == n && memcmp(allowed[i], p, n) == 0)
			return i;
	return -1;
}

/* Adds p[0 .. n) to the list of words to try, if it fits in a field. */
static void
add_try(struct fs_buf *tries, int *ntries, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] == '\t' || p[i] == '\n' || p[i] == '\r')
			return;
	fs_buf_add(tries, p, n);
	fs_buf_add(tries, "", 1);
	(*ntries)++;
}

/*
 * Words to try in a choice column: every word of the given formats'
 * choice columns, and near misses of the column's own: each prefix, one
 * byte more before or after, and each byte changed (which keeps length,
 * first and last byte for the bytes between).
 */
static void
choice_tries(const struct fs_column *c, const struct fs_format *const *fmts,
    struct fs_buf *tries, int *ntries)
{
	const struct fs_format *f;
	char w[80];
	size_t n, i, k;
	int j, l;

	add_try(tries, ntries, "", 0);
	for (j = 0; fmts[j] != NULL; j++) {
		f = fmts[j];
		for (l = 0; l < f->ncols; l++)
			for (i = 0; f->cols[l].type == FS_CHOICE &&
			    f->cols[l].allowed[i] != NULL; i++)
				add_try(tries, ntries, f->cols[l].allowed[i],
				    strlen(f->cols[l].allowed[i]));
	}
	for (j = 0; c->allowed[j] != NULL; j++) {
		n = strlen(c->allowed[j]);
		if (n + 2 > sizeof(w))
			continue;
		for (k = 0; k < n; k++)
			add_try(tries, ntries, c->allowed[j], k);
		memcpy(w, c->allowed[j], n);
		w[n] = 'x';
		add_try(tries, ntries, w, n + 1);
		w[n] = w[n - 1];
		add_try(tries, ntries, w, n + 1);
		w[0] = 'x';
		memcpy(w + 1, c->allowed[j], n);
		add_try(tries, ntries, w, n + 1);
		for (k = 0; k < n; k++) {
			memcpy(w, c->allowed[j], n);
			w[k] ^= 0x01;
			add_try(tries, ntries, w, n);
			w[k] ^= 0x01 ^ 0x20;
			add_try(tries, ntries, w, n);
		}
	}
}

/* "not one of: in, out", as a column's words make it. */
static void
not_one_of(const struct fs_column *c, struct fs_buf *buf)
{
	int i;

	fs_buf_reset(buf);
	fs_buf_adds(buf, "not one of:");
	for (i = 0; c->allowed[i] != NULL; i++)
		fs_buf_printf(buf, "%s %s", i ? "," : "", c->allowed[i]);
}

/*
 * Every choice column of fmt takes exactly its words, with their index,
 * and names the column at fault for anything else: a row for each word
 * to try, every other column valid.  Each column has its table of words
 * but column slow (-1: none), which must have none.
 */
static void
check_choices(const struct fs_format *fmt, const struct fs_format *const *all,
    int slow)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct fs_buf file = { NULL, 0, 0 }, tries = { NULL, 0, 0 };
	struct fs_buf want = { NULL, 0, 0 };
	const struct fs_column *c;
	const char *t, *why;
	int ch, i, j, ntries, col, k, w, fail, bad;

	for (ch = 0, w = 0; ch < fmt->ncols; ch++) {
		c = &fmt->cols[ch];
		if (c->type != FS_CHOICE)
			continue;
		ntries = bad = 0;
		fs_buf_reset(&tries);
		choice_tries(c, all, &tries, &ntries);
		fs_buf_reset(&file);
		for (i = 0; i < fmt->ncols; i++)
			fs_buf_printf(&file, "%s%s", i ? "\t" : "",
			    fmt->cols[i].name);
		fs_buf_adds(&file, "\n");
		for (j = 0, t = tries.p; j < ntries; j++, t += strlen(t) + 1)
			for (i = 0; i < fmt->ncols; i++)
				fs_buf_printf(&file, "%s%s", i == ch ? t :
				    valid_value(&fmt->cols[i]),
				    i + 1 < fmt->ncols ? "\t" : "\n");
		open_bound(&r, &b, fmt, file.p);
		CHECK((b.words[w++].mul != 0) == (ch != slow));
		not_one_of(c, &want);
		for (j = 0, t = tries.p; j < ntries; j++, t += strlen(t) + 1) {
			memset(v, 0x5a, sizeof(v));
			if (fs_tsv_next(&r) != FS_TSV_ROW) {
				bad++;
				break;
			}
			why = fs_format_parse(&b, &r, v, &col);
			k = word_index(c->allowed, t, strlen(t));
			if (*t == '\0' && c->required)
				fail = why == NULL || strcmp(why, "missing") ||
				    col != ch;
			else if (*t == '\0')
				fail = why != NULL || v[ch].v.choice != 0;
			else if (k >= 0)
				fail = why != NULL || v[ch].v.choice != k;
			else
				/* The list, then maybe how it was changed. */
				fail = why == NULL ||
				    strncmp(why, want.p, want.n) != 0 ||
				    col != ch;
			if (fail && bad++ == 0)
				printf("%s.%s: '%s' (%d): %s\n", fmt->name,
				    c->name, t, k, why ? why : "ok");
		}
		CHECK(bad == 0);
		CHECK(fs_tsv_next(&r) != FS_TSV_ROW);
		fs_tsv_close(&r);
	}
	fs_buf_free(&file);
	fs_buf_free(&tries);
	fs_buf_free(&want);
}

/*
 * Words that have no table, looked for one by one to the same end: two
 * alike but for their middle, a word twice, a word too long, too many.
 */
static const char *const same_key[] = {
	"abcdefgh_middle_one_stuvwxyz", "abcdefgh_middle_two_stuvwxyz", "in",
	NULL
};
static const char *const twice[] = { "in", "out", "in", NULL };
static const char *const too_long[] = {
	"short", "a_word_of_thirty_three_bytes_long", NULL
};
static const char *const too_many[] = {
	"w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "w9", "w10", "w11",
	"w12", "w13", "w14", "w15", "w16", "w17", NULL
};
/* And words that have: of every length to try, up to the longest. */
static const char *const long_words[] = {
	"abcdefgh_middle_one_stuvwxyz", "abcdefgh_1234567stuvwxyz",
	"a_word_of_thirty_two_bytes_long!",
	"a_word_of_seventeen", "abcdefgh12345678", "abcdefgh2345678",
	"a", "ab", "abc", "abcd", "abcdefg", "abcdefgh", NULL
};

#define WORDS_FORMAT(var, words)					\
	static const struct fs_column var##_cols[] = {			\
		{ "word", FS_CHOICE, 1, words },			\
		{ "other", FS_CHOICE, 0, long_words },			\
	};								\
	static const struct fs_format var = { #var, var##_cols, 2,	\
	    NULL, { -1, -1, -1 }, -1, NULL, NULL }

WORDS_FORMAT(fmt_same_key, same_key);
WORDS_FORMAT(fmt_twice, twice);
WORDS_FORMAT(fmt_too_long, too_long);
WORDS_FORMAT(fmt_too_many, too_many);

static void
test_choices(void)
{
	static const struct fs_format *const slow[] = {
		&fmt_same_key, &fmt_twice, &fmt_too_long, &fmt_too_many, NULL
	};
	int i;

	for (i = 0; fs_formats[i] != NULL; i++)
		check_choices(fs_formats[i], fs_formats, -1);
	for (i = 0; slow[i] != NULL; i++)
		check_choices(slow[i], slow, 0);
}

/*
 * An id column takes what fs_id_check() takes, and says what it says of
 * the rest: ids of each length to 20 and about 64 with every byte value
 * in one place, pairs of the bytes at the edges of the rule side by
 * side, and characters of more than one byte in every place.  Rows the
 * reader finds invalid (not UTF-8) never reach the parse; a NUL would
 * end the file here.
 */
static void
test_ids(void)
{
	static const unsigned char edge[] = {
		0x01, 0x1f, 0x20, 0x21, 0x22, 0x5b, 0x5c, 0x5d, 0x74, 0x7e,
		0x7f, 0x80, 0xa0, 0xc2, 0xe3, 0xff
	};
	static const char *const wide[] = {
		"\xc2\xa0", "\xe3\x80\x80", "\xe6\x9d\x91", "\xc3\xa9"
	};
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	struct fs_buf file = { NULL, 0, 0 };
	const char *why, *want;
	char id[80];
	size_t n, k, i, j;
	int c, col, rows = 0, parsed = 0, bad = 0, st;

	fs_buf_adds(&file, "village_id\tname\n");
	for (n = 1; n <= 70; n++) {
		if (n > 20 && n < 60)
			continue;
		for (k = 0; k < n; k++) {
			if (n > 20 && k > 9 && k + 9 < n)
				continue;
			for (c = 0; c < 256; c++) {
				if (c == '\0' || c == '\t' || c == '\n' ||
				    c == '\r')
					continue;
				for (i = 0; i < n; i++)
					id[i] = (char)('!' + (i * 7) % 90);
				id[k] = (char)c;
				fs_buf_add(&file, id, n);
				fs_buf_adds(&file, "\tv\n");
				rows++;
			}
		}
		for (k = 0; n <= 17 && k + 1 < n; k++)
			for (i = 0; i < sizeof(edge); i++)
				for (j = 0; j < sizeof(edge); j++) {
					memset(id, 'a', n);
					id[k] = (char)edge[i];
					id[k + 1] = (char)edge[j];
					fs_buf_add(&file, id, n);
					fs_buf_adds(&file, "\tv\n");
					rows++;
				}
		for (k = 0; n <= 20 && k < n; k++)
			for (i = 0; i < sizeof(wide) / sizeof(wide[0]); i++) {
				memset(id, 'a', n);
				j = strlen(wide[i]);
				if (k + j > n)
					continue;
				memcpy(id + k, wide[i], j);
				fs_buf_add(&file, id, n);
				fs_buf_adds(&file, "\tv\n");
				rows++;
			}
	}
	open_bound(&r, &b, &fs_fmt_villages, file.p);
	for (; rows > 0; rows--) {
		if ((st = fs_tsv_next(&r)) == FS_TSV_BAD)
			continue;
		if (st != FS_TSV_ROW) {
			bad++;
			break;
		}
		parsed++;
		why = fs_format_parse(&b, &r, v, &col);
		want = fs_id_check(v[FS_VIL_VILLAGE_ID].p,
		    v[FS_VIL_VILLAGE_ID].n);
		if (want == NULL ? why != NULL : why == NULL ||
		    strcmp(why, want) != 0 || col != FS_VIL_VILLAGE_ID) {
			if (bad++ == 0)
				printf("id '%.*s' (%zu): %s, want %s\n",
				    (int)v[FS_VIL_VILLAGE_ID].n,
				    v[FS_VIL_VILLAGE_ID].p,
				    v[FS_VIL_VILLAGE_ID].n, why ? why : "ok",
				    want ? want : "ok");
		}
	}
	CHECK(bad == 0);
	CHECK(parsed > 40000);
	CHECK(fs_tsv_next(&r) == FS_TSV_EOF);
	fs_tsv_close(&r);
	fs_buf_free(&file);
}

/*
 * Values to put in any column: each type's valid one, and some that
 * fail a type or a check across columns.
 */
static const char *const any_tries[] = {
	"", "X1", "2026-01-01", "2026-02-29", "2028-02-29", "1.00",
	"1,000.00", "-0.01", ".5", "92233720368547758.08", "0", "1", "12",
	"yes", "no", "11010519491231002X", "110105194912310021", "1/2",
	"0/1", "3/2", "2026", "2026-13", "t", "a\\tb", "S 1", "\xe5\x9b\x9b",
	"in", "out", "support", "benefit", "poor", "in_village", NULL
};

/*
 * Are v (of a row at line lv) and w (at lw) the same values, their
 * slices at the same places of their lines, the first ncols of them?
 */
static int
same_values(const struct fs_value *v, const char *lv,
    const struct fs_value *w, const char *lw, int ncols)
{
	int i;

	for (i = 0; i < ncols; i++)
		if (v[i].p - lv != w[i].p - lw || v[i].n != w[i].n ||
		    memcmp(&v[i].v, &w[i].v, sizeof(v[i].v)) != 0)
			return 0;
	return 1;
}

static int
same_answer(const char *why, int col, const char *why2, int col2)
{
	return col == col2 && (why == NULL ? why2 == NULL :
	    why2 != NULL && strcmp(why, why2) == 0);
}

/*
 * A binding of the format's own columns in its order parses by the
 * format's unrolled plan (fmt->inorder), and fs_format_take() by the
 * same from the reader's index; both held against the plan's steps on
 * the same rows: the same reason, column and values, for a value of
 * every kind put in every column of an otherwise valid row, with an
 * extra column after the format's and without.
 */
static void
test_inorder(void)
{
	const struct fs_format *fmt;
	struct fs_binding b, plan, b2;
	struct fs_buf file = { 0 };
	struct fs_value v[FS_MAX_COLS], w[FS_MAX_COLS], x[FS_MAX_COLS];
	struct fs_tsv r, r2;
	const char *why, *why2, *why3;
	int f, i, k, t, col, col2, col3, rows, same, extra, taken, differ;

	for (f = 0; (fmt = fs_formats[f]) != NULL; f++)
	for (extra = 0; extra < 2; extra++) {
		fs_buf_reset(&file);
		for (i = 0; i < fmt->ncols; i++)
			fs_buf_printf(&file, "%s%s", i ? "\t" : "",
			    fmt->cols[i].name);
		fs_buf_adds(&file, extra ? "\textra\n" : "\n");
		for (k = -1, rows = 0; k < fmt->ncols; k++)
			for (t = 0; any_tries[t] != NULL; t++) {
				rows++;
				for (i = 0; i < fmt->ncols; i++)
					fs_buf_printf(&file, "%s%s",
					    i ? "\t" : "", i == k ?
					    any_tries[t] :
					    valid_value(&fmt->cols[i]));
				fs_buf_adds(&file, extra ? "\tx\n" : "\n");
				if (k < 0)
					break;
			}
		fs_buf_add(&file, "", 1);
		open_bound(&r, &b, fmt, file.p);
		open_bound(&r2, &b2, fmt, file.p);
		/*
		 * A header whose names pass as values (villages) is held
		 * against every row, by the plan: not in order.
		 */
		CHECK(b.inorder == (b.hdr == NULL));
		CHECK((b.hdr != NULL) == (fmt == &fs_fmt_villages ||
		    fmt == &fs_fmt_policy));
		plan = b;
		plan.inorder = 0;
		taken = differ = 0;
		for (i = 0; i < rows; i++) {
			CHECK(fs_tsv_next(&r) == FS_TSV_ROW);
			memset(v, 0xa5, sizeof(v));
			memset(w, 0xa5, sizeof(w));
			memset(x, 0xa5, sizeof(x));
			why = fs_format_parse(&b, &r, v, &col);
			why2 = fs_format_parse(&plan, &r, w, &col2);
			same = same_answer(why, col, why2, col2) &&
			    memcmp(v, w, sizeof(v)) == 0;
			if (!same)
				printf("%s row %d: '%s' col %d, plan '%s' "
				    "col %d\n", fmt->name, i + 1,
				    why ? why : "ok", col, why2 ? why2 : "ok",
				    col2);
			CHECK(same);
			if (fs_format_take(&b2, &r2, x, &col3, &why3))
				taken += r2.nf == 0;
			else if (fs_tsv_next(&r2) == FS_TSV_ROW)
				why3 = fs_format_parse(&b2, &r2, x, &col3);
			else
				why3 = "no row", col3 = -2;
			same = same_answer(why3, col3, why2, col2) &&
			    r2.lineno == r.lineno &&
			    r2.linelen == r.linelen &&
			    memcmp(r2.line, r.line, r.linelen) == 0 &&
			    same_values(x, r2.line, w, r.line, col2 >= 0 ?
			    col2 + 1 : fmt->ncols);
			if (!same)
				printf("%s row %d: taken '%s' col %d, plan "
				    "'%s' col %d\n", fmt->name, i + 1,
				    why3 ? why3 : "ok", col3,
				    why2 ? why2 : "ok", col2);
			differ += !same;
			/*
			 * The row of valid values; but a policy's key is one
			 * of the keys there are, not any id.
			 */
			if (i == 0 && fmt != &fs_fmt_policy)
				CHECK(why == NULL);
		}
		/*
		 * Not taken: the first row (its reading makes the index),
		 * and rows near values of bytes past ASCII (UTF-8 checked).
		 */
		CHECK(differ == 0 && (taken > rows * 3 / 4 ||
		    (b.hdr != NULL && taken == 0)));
		CHECK(fs_tsv_next(&r) == FS_TSV_EOF);
		CHECK(!fs_format_take(&b2, &r2, x, &col3, &why3));
		CHECK(fs_tsv_next(&r2) == FS_TSV_EOF);
		fs_tsv_close(&r);
		fs_tsv_close(&r2);
	}

	/* Another order, or a column absent: the plan's steps. */
	open_bound(&r, &b, &fs_fmt_attendance,
	    "date\tsecretary_id\tstatus\tnote\n");
	CHECK(!b.inorder);
	CHECK(!fs_format_take(&b, &r, x, &col3, &why3));
	fs_tsv_close(&r);
	open_bound(&r, &b, &fs_fmt_attendance,
	    "secretary_id\tdate\tstatus\n");
	CHECK(!b.inorder);
	fs_tsv_close(&r);
	fs_buf_free(&file);
}

/*
 * fs_format_take() on a long file of usual rows and the others among
 * them (empty lines, CRLF, UTF-8 to check, too few or many fields, bad
 * values, a last line without a newline), across the index's stretches
 * and the buffer's refills: a row taken is the row fs_tsv_next() gives
 * (line, number, values), and where none is taken fs_tsv_next() goes on
 * as on a reader never taken from.
 */
static void
test_take_mixed(void)
{
	static const char *const odd[] = {
		"\n", "\r\n", "S%d\t2026-01-05\tin_village\tnote\r\n",
		"S%d\t2026-01-05\tleave\t\xe8\xaf\xb4\xe6\x98\x8e\n",
		"S%d\t2026-01-05\tabsent\n", "S%d\t2026-01-05\tabsent\tx\ty\n",
		"S%d\t2026-02-30\tabsent\t\n", "S%d\t2026-01-05\tgone\t\n",
		"\t2026-01-05\tabsent\t\n", "S%d\xff\t2026-01-05\tabsent\t\n",
		NULL
	};
	struct fs_buf file = { 0 };
	struct fs_binding b, b2;
	struct fs_value w[FS_MAX_COLS], x[FS_MAX_COLS];
	struct fs_tsv r, r2;
	enum fs_tsv_status st, st2;
	const char *why, *why2;
	unsigned seed = 7;
	int i, n, col, col2, taken = 0, other = 0, same;

	fs_buf_adds(&file, "secretary_id\tdate\tstatus\tnote\n");
	for (i = 0; i < 200000; i++) {
		seed = seed * 1103515245 + 12345;
		n = (int)(seed >> 16) % 97;
		if (n < 10 && odd[n] != NULL)
			fs_buf_printf(&file, odd[n], i);
		else
			fs_buf_printf(&file, "S%d\t2026-%02d-%02d\t"
			    "in_village\t%s\n", i % 1000, 1 + n % 12,
			    1 + n % 28, n % 3 ? "" : "a note");
	}
	fs_buf_adds(&file, "S0\t2026-01-06\ttraining\tlast");
	fs_buf_add(&file, "", 1);
	open_bound(&r, &b, &fs_fmt_attendance, file.p);
	open_bound(&r2, &b2, &fs_fmt_attendance, file.p);
	for (;;) {
		st = fs_tsv_next(&r);
		why = st == FS_TSV_ROW ? fs_format_parse(&b, &r, w, &col) :
		    NULL;
		if (fs_format_take(&b2, &r2, x, &col2, &why2)) {
			taken++;
			same = st == FS_TSV_ROW && r2.nf == 0 &&
			    same_answer(why, col, why2, col2) &&
			    (why != NULL || same_values(x, r2.line, w, r.line,
			    fs_fmt_attendance.ncols));
		} else {
			other++;
			st2 = fs_tsv_next(&r2);
			same = st2 == st && (st != FS_TSV_ROW ||
			    ((why2 = fs_format_parse(&b2, &r2, x, &col2)),
			    same_answer(why, col, why2, col2)));
		}
		same = same && r2.lineno == r.lineno && (st == FS_TSV_EOF ||
		    (r2.linelen == r.linelen &&
		    memcmp(r2.line, r.line, r.linelen) == 0));
		if (!same)
			printf("line %ld: taken and read differ\n", r.lineno);
		if (!same || st == FS_TSV_EOF || st == FS_TSV_ERROR)
			break;
	}
	CHECK(same && st == FS_TSV_EOF);
	CHECK(r2.rows == r.rows && r2.nextline == r.nextline);
	CHECK(taken > 150000 && other > 10000);
	fs_tsv_close(&r);
	fs_tsv_close(&r2);
	fs_buf_free(&file);
}

/* A temporary file holding bytes, its path in file. */
static void
settings_file(struct fs_buf *file, const char *bytes)
{
	char tmpl[] = "/tmp/fs-test-settings.XXXXXX";
	size_t n = strlen(bytes);
	int fd = mkstemp(tmpl);

	if (fd < 0 || write(fd, bytes, n) != (ssize_t)n)
		abort();
	close(fd);
	fs_buf_reset(file);
	fs_buf_adds(file, tmpl);
}

/*
 * A settings file read with fs_format_open() and fs_format_next(): the
 * first fault ends the reading, said once in err as FILE:LINE: ..., and
 * a quoted value is cut at a character (fs_format_fault()).
 */
static void
test_settings_file(void)
{
	struct fs_buf file = { 0 }, err = { 0 }, want = { 0 };
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	char val[128];
	int i;

	CHECK(fs_format_open(&r, "/nonexistent/p.tsv", &fs_fmt_policy, &b,
	    &err) < 0);
	CHECK_STR(err.p, "/nonexistent/p.tsv: No such file or directory");

	settings_file(&file, "key\tvalues\n");
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_policy, &b, &err) < 0);
	fs_buf_printf(&want, "%s: missing column 'value'", file.p);
	CHECK_STR(err.p, want.p);
	unlink(file.p);

	settings_file(&file, "");
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_policy, &b, &err) < 0);
	CHECK(err.n > file.n && strncmp(err.p, file.p, file.n) == 0 &&
	    err.p[file.n] == ':');
	unlink(file.p);

	/* Rows to the end: nothing said. */
	settings_file(&file, "value\tkey\n1/2\taudit.quorum\n\n"
	    "9\tfunds.idle_days\n");
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_policy, &b, &err) == 0);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_ROW &&
	    value_is(&v[FS_POL_KEY], "audit.quorum") &&
	    value_is(&v[FS_POL_VALUE], "1/2"));
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_ROW &&
	    value_is(&v[FS_POL_KEY], "funds.idle_days") && r.lineno == 4);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_EOF && err.n == 0);
	fs_tsv_close(&r);
	unlink(file.p);

	/* A line that is not a row. */
	settings_file(&file, "key\tvalue\nfunds.idle_days\t9\nc\n");
	CHECK(fs_format_open(&r, file.p, &fs_fmt_policy, &b, &err) == 0);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_ROW);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:3: %s", file.p, r.bad);
	CHECK_STR(err.p, want.p);
	fs_tsv_close(&r);
	unlink(file.p);

	/*
	 * A policy row checked as every tool reads it (the format's row
	 * check): an unknown key, a value its key cannot take.
	 */
	settings_file(&file, "key\tvalue\nfunds.idle\t9\n");
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_policy, &b, &err) == 0);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:2: column 'key': unknown key "
	    "(did you mean 'funds.idle_days'?) (got 'funds.idle')", file.p);
	CHECK_STR(err.p, want.p);
	fs_tsv_close(&r);
	unlink(file.p);
	settings_file(&file, "key\tvalue\nattendance.min_ratio\t3/2\n");
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_policy, &b, &err) == 0);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:2: column 'value': ratio above 1 for "
	    "attendance.min_ratio (got '3/2')", file.p);
	CHECK_STR(err.p, want.p);
	fs_tsv_close(&r);
	unlink(file.p);

	/* A rule's pattern that does not compile; a comma in its name. */
	settings_file(&file, "rule\tpattern\tseverity\ncash\t(x\twarning\n"
	    "a,b\tx\twarning\n");
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_rules, &b, &err) == 0);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:2: column 'pattern': missing closing "
	    "parenthesis at offset 2 (got '(x')", file.p);
	CHECK_STR(err.p, want.p);
	fs_tsv_close(&r);
	unlink(file.p);

	/*
	 * A value not valid, of 91 bytes: cut at 60 would fall in the
	 * 20th character, so 58 bytes are quoted.
	 */
	strcpy(val, "x");
	for (i = 0; i < 30; i++)
		strcat(val, "\xe5\x81\x87");
	fs_buf_reset(&want);
	fs_buf_printf(&want, "date\ttype\n2026-01-01\t%s\n", val);
	settings_file(&file, want.p);
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_calendar, &b, &err) == 0);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:2: column 'type': not one of: holiday, "
	    "workday (got '%.58s...')", file.p, val);
	CHECK_STR(err.p, want.p);
	/* A value of 60 bytes or less is quoted whole. */
	fs_buf_reset(&err);
	fs_format_fault(&err, &r, "type", "no", val, 58);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:2: column 'type': no (got '%.58s')", file.p,
	    val);
	CHECK_STR(err.p, want.p);
	fs_tsv_close(&r);
	unlink(file.p);

	fs_buf_free(&file);
	fs_buf_free(&err);
	fs_buf_free(&want);
}

/* The key a name that is none most likely meant, or "(none)". */
static const char *
near_n(const char *name, size_t n)
{
	const char *k = fs_policy_near(name, n);

	return k != NULL ? k : "(none)";
}

static const char *
near(const char *name)
{
	return near_n(name, strlen(name));
}

/*
 * Every key, with one byte left out, changed, put in or two neighbours
 * swapped, is named back: no key is within two edits of another, so one
 * slip never makes a key look like another or like two.
 */
static void
test_near_every_slip(void)
{
	static const char *const keys[] = {
		"attendance.min_ratio", "attendance.count_village_business",
		"attendance.count_training", "attendance.recall_absence_days",
		"attendance.min_days", "attendance.min_month_days",
		"attendance.max_leave_days", "roster.min_term_months",
		"roster.medical_exam_months", "funds.min_annual_support",
		"funds.idle_days", "households.poverty_line",
		"households.monitor_line", "households.review_line",
		"households.max_per_helper", "rectify.due_soon_days",
		"audit.notice_days", "audit.result_notice_days", "audit.quorum",
	};
	static const char bytes[] = "az_.0-Q";
	char slip[64];
	const char *k;
	size_t i, j, c, n;
	int missed = 0;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		k = keys[i];
		n = strlen(k);
		CHECK(fs_policy_key(k, n) >= 0);
		for (j = 0; j < n; j++) {
			/* Left out. */
			memcpy(slip, k, j);
			memcpy(slip + j, k + j + 1, n - j - 1);
			missed += strcmp(near_n(slip, n - 1), k) != 0;
			/* Swapped with the next. */
			if (j + 1 < n && k[j] != k[j + 1]) {
				memcpy(slip, k, n);
				slip[j] = k[j + 1];
				slip[j + 1] = k[j];
				missed += strcmp(near_n(slip, n), k) != 0;
			}
			for (c = 0; c < sizeof(bytes) - 1; c++) {
				/* Changed. */
				memcpy(slip, k, n);
				slip[j] = bytes[c];
				if (fs_policy_key(slip, n) < 0)
					missed += strcmp(near_n(slip, n),
					    k) != 0;
				/* Put in before it. */
				memcpy(slip, k, j);
				slip[j] = bytes[c];
				memcpy(slip + j + 1, k + j, n - j);
				missed += strcmp(near_n(slip, n + 1), k) != 0;
			}
		}
	}
	CHECK(missed == 0);
}

static void
test_near(void)
{
	struct fs_buf file = { 0 }, err = { 0 }, want = { 0 };
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];

	/* A typo, two, a swapped pair. */
	CHECK_STR(near("attendance.min_ration"), "attendance.min_ratio");
	CHECK_STR(near("audit.qourum"), "audit.quorum");
	CHECK_STR(near("audit.notise_dys"), "audit.notice_days");
	/* A word left out, a word added. */
	CHECK_STR(near("funds.min_support"), "funds.min_annual_support");
	CHECK_STR(near("attendance.min_month"), "attendance.min_month_days");
	CHECK_STR(near("funds.min_annual_support_amount"),
	    "funds.min_annual_support");
	/* The wrong area, or none. */
	CHECK_STR(near("attendance.min_term_months"),
	    "roster.min_term_months");
	CHECK_STR(near("min_term_months"), "roster.min_term_months");
	/* Hyphens, upper case, spaces around and within. */
	CHECK_STR(near("Funds.Min-Annual-Support"), "funds.min_annual_support");
	CHECK_STR(near("FUNDS.IDLE_DAYS"), "funds.idle_days");
	CHECK_STR(near(" funds.idle_days \xc2\xa0"), "funds.idle_days");
	CHECK_STR(near("funds idle days"), "funds.idle_days");
	/* Nothing close, or two as close: no guess. */
	CHECK_STR(near("foo.bar"), "(none)");
	CHECK_STR(near("funds"), "(none)");
	CHECK_STR(near(""), "(none)");
	CHECK_STR(near("households.line"), "(none)");
	CHECK_STR(near("attendance.min_rais"), "(none)");
	CHECK_STR(near("funds.min_support_grant"), "(none)");
	CHECK_STR(near("a_b_c_d_e_f_g_h_i_j_k"), "(none)");
	CHECK_STR(near("attendance.min_days_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), "(none)");

	/* The hint in the row's reason; none when nothing is close. */
	settings_file(&file, "key\tvalue\nfunds.min_support\t20000\n"
	    "funds.idle_days \t9\nfoo.bar\t1\n");
	fs_buf_reset(&err);
	CHECK(fs_format_open(&r, file.p, &fs_fmt_policy, &b, &err) == 0);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_printf(&want, "%s:2: column 'key': unknown key (did you "
	    "mean 'funds.min_annual_support'?) (got 'funds.min_support')",
	    file.p);
	CHECK_STR(err.p, want.p);
	fs_buf_reset(&err);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:3: column 'key': id with white space or a "
	    "control character (did you mean 'funds.idle_days'?) (got "
	    "'funds.idle_days ')", file.p);
	CHECK_STR(err.p, want.p);
	fs_buf_reset(&err);
	CHECK(fs_format_next(&r, &b, v, &err) == FS_TSV_BAD);
	fs_buf_reset(&want);
	fs_buf_printf(&want, "%s:4: column 'key': unknown key "
	    "(got 'foo.bar')", file.p);
	CHECK_STR(err.p, want.p);
	fs_tsv_close(&r);
	unlink(file.p);

	fs_buf_free(&file);
	fs_buf_free(&err);
	fs_buf_free(&want);
}

/* fs_missing() of a text: is it there, where a rule asks? */
static int
missing(const char *s)
{
	struct fs_value v = { .p = s, .n = strlen(s) };

	return fs_missing(&v);
}

/*
 * A word for none or an error value with white space around it is
 * missing (the fast path sends it on by its last bytes), a text that
 * ends with a Chinese character, a letter or a lone backslash-letter is
 * looked at no further.
 */
static void
test_missing(void)
{
	static const char *const gone[] = {
		"", " ", "\\t", "\u3000", "\u65e0", "\u65e0 ", " \u65e0",
		"\u65e0\\t", "\u65e0\u3000", "\u5f85\u786e\u5b9a ",
		"\u5f85\u786e\u5b9a\u00a0", "none", "none ", "\tN/A\t",
		"N/A  ", "#N/A ", " #REF!", "-", " - ", "\u2014\u2014 ",
		"TBD\r", "\u65e0\ufeff", "none\u3000", "N/A\u2003",
		"\u5f85\u786e\u5b9a\u3000"
	};
	static const char *const there[] = {
		"\u65e0\u4eba\u673a", "\u65e0\u4eba\u673a ", "none of it",
		"nonet", "\u65e0\\x", "\u65e0\\", "n", "plan\\t x",
		"\u4e0d\u8be6\u7ec6", "#N/A!", "- x"
	};
	size_t i;

	for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
		if (!missing(gone[i]))
			printf("missing: '%s' is taken as there\n", gone[i]);
	for (i = 0; i < sizeof(gone) / sizeof(gone[0]); i++)
		CHECK(missing(gone[i]));
	for (i = 0; i < sizeof(there) / sizeof(there[0]); i++)
		if (missing(there[i]))
			printf("missing: '%s' is taken as missing\n", there[i]);
	for (i = 0; i < sizeof(there) / sizeof(there[0]); i++)
		CHECK(!missing(there[i]));
	CHECK(fs_blank_end("a ", 2) == 1);
	CHECK(fs_blank_end("a\\t", 3) == 2);
	CHECK(fs_blank_end("a\u3000", 4) == 3);
	CHECK(fs_blank_end("a\u00a0", 3) == 2);
	CHECK(fs_blank_end("\u5458", 3) == 0);
	CHECK(fs_blank_end("", 0) == 0);
}

int
main(void)
{
	test_missing();
	test_funds();
	test_households();
	test_choices();
	test_ids();
	test_inorder();
	test_take_mixed();
	test_settings_file();
	test_near();
	test_near_every_slip();
	return unit_done();
}
