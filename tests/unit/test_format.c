/*
 * test_format.c - parsing rows by a format's binding (SPEC 3): columns
 * found by name in any order, absent ones, and the column at fault.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../common/format.h"
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
	CHECK_STR(next(&r, &b, v, &col), "not an amount (yuan, like 1234.50)");
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
	CHECK_STR(next(&r, &b, v, &col), "not yes or no");
	CHECK(col == FS_HH_WATER);
	CHECK_STR(next(&r, &b, v, &col), "a household has at least 1 member");
	CHECK(col == FS_HH_MEMBERS);
	fs_tsv_close(&r);
}

int
main(void)
{
	test_funds();
	test_households();
	return unit_done();
}
