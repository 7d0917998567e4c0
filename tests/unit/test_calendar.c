/*
 * test_calendar.c - working days (SPEC 2.2), findings order (SPEC 1.5),
 * record formats (SPEC 3).
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../common/calendar.h"
#include "../../common/findings.h"
#include "../../common/format.h"
#include "unit.h"

static void
test_official(void)
{
	struct fs_calendar c;
	struct fs_buf err = { 0 };

	CHECK(fs_calendar_load(&c, NULL, &err) == 0);
	/* Both official years have 248 working days. */
	CHECK(fs_calendar_count(&c, fs_date_make(2025, 1, 1),
	    fs_date_make(2025, 12, 31)) == 248);
	CHECK(fs_calendar_count(&c, fs_date_make(2026, 1, 1),
	    fs_date_make(2026, 12, 31)) == 248);
	/* A make-up working Saturday, a holiday Thursday, a plain Monday. */
	CHECK(fs_calendar_workday(&c, fs_date_make(2026, 2, 14)) == 1);
	CHECK(fs_calendar_workday(&c, fs_date_make(2026, 10, 1)) == 0);
	CHECK(fs_calendar_workday(&c, fs_date_make(2026, 3, 2)) == 1);
	CHECK(fs_calendar_workday(&c, fs_date_make(2026, 3, 7)) == 0);
	/* 2026-02: 20 weekdays, 6 of them holidays, 2 make-up Saturdays. */
	CHECK(fs_calendar_count(&c, fs_date_make(2026, 2, 1),
	    fs_date_make(2026, 2, 28)) == 16);
	CHECK(fs_calendar_count(&c, fs_date_make(2026, 2, 2),
	    fs_date_make(2026, 2, 1)) == 0);
	fs_calendar_free(&c);
	fs_buf_free(&err);
}

static void
test_none_and_files(void)
{
	struct fs_calendar c;
	struct fs_buf err = { 0 };
	char path[] = "/tmp/fs-test-cal.XXXXXX";
	const char bad[] = "date\ttype\n2026-05-01\tholiday\n2026-05-01\tworkday\n";
	int fd;

	CHECK(fs_calendar_load(&c, "none", &err) == 0);
	/* 2028 is a leap year starting on a Saturday: 260 weekdays. */
	CHECK(fs_calendar_count(&c, fs_date_make(2028, 1, 1),
	    fs_date_make(2028, 12, 31)) == 260);
	CHECK(fs_calendar_workday(&c, fs_date_make(2026, 10, 1)) == 1);
	fs_calendar_free(&c);

	fd = mkstemp(path);
	if (fd < 0 || write(fd, bad, sizeof(bad) - 1) < 0)
		abort();
	close(fd);
	CHECK(fs_calendar_load(&c, path, &err) < 0);
	CHECK(strstr(err.p, ":3: the same date as ") !=
	    NULL);
	fs_calendar_free(&c);
	unlink(path);

	fs_buf_reset(&err);
	CHECK(fs_calendar_load(&c, "/nonexistent/cal.tsv", &err) < 0);
	CHECK_STR(err.p, "/nonexistent/cal.tsv: No such file or directory");
	fs_calendar_free(&c);
	fs_buf_free(&err);
}

static void
test_findings_order(void)
{
	struct fs_findings f;
	char file[] = "/tmp/fs-test-fnd.XXXXXX";
	char got[1024];
	struct fs_out o;
	ssize_t n;
	int fd = mkstemp(file);

	if (fd < 0)
		abort();
	unlink(file);
	fs_findings_init(&f, "fs-test");
	fs_finding(&f, "b.rule", FS_SEV_WARNING, "secretary", "S2", "V1",
	    "2026", "", "second");
	fs_finding(&f, "a.rule", FS_SEV_VIOLATION, "secretary", "S2", "V1",
	    "2026", "", "first\tof S2");
	fs_finding(&f, "a.rule", FS_SEV_VIOLATION, "village", "V1", "V1",
	    "2026-01-05", "x.tsv:9", "village");
	fs_finding(&f, "a.rule", FS_SEV_VIOLATION, "secretary", "S9", NULL,
	    NULL, NULL, "no village");
	CHECK(f.violations == 3 && f.warnings == 1);
	CHECK_STR(fs_findings_strn(&f, "a\\\\b", 4), "a\\b");
	CHECK_STR(fs_findings_source(&f, "a.tsv", 12), "a.tsv:12");
	fs_out_init(&o, fd, "test", 1);
	fs_findings_write(&f, &o);
	CHECK(fs_out_commit(&o) == 0);
	n = pread(fd, got, sizeof(got) - 1, 0);
	got[n < 0 ? 0 : n] = '\0';
	CHECK_STR(got,
	    "tool\trule\tseverity\tentity\tentity_id\tvillage_id\tperiod\t"
	    "detail\tsource\n"
	    "fs-test\ta.rule\tviolation\tsecretary\tS9\t\t\tno village\t\n"
	    "fs-test\ta.rule\tviolation\tsecretary\tS2\tV1\t2026\t"
	    "first\\tof S2\t\n"
	    "fs-test\tb.rule\twarning\tsecretary\tS2\tV1\t2026\tsecond\t\n"
	    "fs-test\ta.rule\tviolation\tvillage\tV1\tV1\t2026-01-05\t"
	    "village\tx.tsv:9\n");
	close(fd);
	fs_findings_free(&f);
}

/* A detail is whole at any length: around the stack's 512 bytes too. */
static void
test_findings_detail(void)
{
	struct fs_findings f;
	const struct fs_finding *x;
	char want[2048];
	int n, ok = 1;

	fs_findings_init(&f, "fs-test");
	for (n = 500; n <= 1100 && ok; n++) {
		memset(want, 'a' + n % 26, (size_t)n);
		want[n] = '\0';
		want[n / 2] = '|';
		x = fs_finding(&f, "a.rule", FS_SEV_WARNING, "village", "V1",
		    "V1", "", "", "%.*s|%s", n / 2, want, want + n / 2 + 1);
		ok = strcmp(x->detail, want) == 0;
	}
	CHECK(ok);
	CHECK(f.warnings == 601);
	fs_findings_free(&f);
}

/* The reference order: fs_finding_cmp() alone. */
static int
reference_cmp(const void *a, const void *b)
{
	return fs_finding_cmp(*(const struct fs_finding *const *)a,
	    *(const struct fs_finding *const *)b);
}

/*
 * fs_findings_write() sorts by the first 8 bytes of village_id and
 * entity_id as numbers, then fs_finding_cmp(): the same order as
 * fs_finding_cmp() alone, for ids that share 7, 8 or 9 bytes, that end
 * inside or past the 8, and with bytes over 0x7f (UTF-8).
 */
static void
test_findings_sorted(void)
{
	static const char *const ids[] = {
		"", "V", "V0", "V000000", "V0000000", "V00000000",
		"V00000001", "V0000001", "V000000\xe6", "\xe7\x9f\xb3\xe9\x97\xa8",
		"\xe7\x9f\xb3\xe9\x97\xa8\xe6\x9d\x91", "W", "V0000000A",
	};
	const size_t nids = sizeof(ids) / sizeof(ids[0]);
	struct fs_findings f;
	const struct fs_finding **ref;
	struct fs_buf want = { 0 }, order = { 0 };
	char file[] = "/tmp/fs-test-sort.XXXXXX", *got, *p, *line;
	struct fs_out o;
	unsigned seed = 7;
	int fd = mkstemp(file), i, n = 400;
	off_t size;

	if (fd < 0)
		abort();
	unlink(file);
	fs_findings_init(&f, "fs-test");
	for (i = 0; i < n; i++) {
		seed = seed * 1103515245 + 12345;
		fs_finding(&f, seed >> 30 & 1 ? "a.rule" : "b.rule",
		    FS_SEV_WARNING, "village", ids[(seed >> 8) % nids],
		    ids[(seed >> 16) % nids], "", "", "%d", i);
	}
	ref = fs_xreallocarray(NULL, (size_t)n, sizeof(*ref));
	for (i = 0; i < n; i++)
		ref[i] = &f.v[i];
	qsort(ref, (size_t)n, sizeof(*ref), reference_cmp);
	for (i = 0; i < n; i++)
		fs_buf_printf(&want, "%s;", ref[i]->detail);
	fs_out_init(&o, fd, "test", 1);
	fs_findings_write(&f, &o);
	CHECK(fs_out_commit(&o) == 0);
	size = lseek(fd, 0, SEEK_END);
	got = fs_xmalloc((size_t)size + 1);
	CHECK(pread(fd, got, (size_t)size, 0) == size);
	got[size] = '\0';
	/* The details in the order written, after the header. */
	p = strchr(got, '\n') + 1;
	while ((line = strsep(&p, "\n")) != NULL && *line != '\0') {
		for (i = 0; i < 7; i++)
			line = strchr(line, '\t') + 1;
		*strchr(line, '\t') = '\0';
		fs_buf_printf(&order, "%s;", line);
	}
	CHECK_STR(order.p, want.p);
	free(got);
	free(ref);
	fs_buf_free(&want);
	fs_buf_free(&order);
	fs_findings_free(&f);
	close(fd);
}

static void
test_formats(void)
{
	int i, j;

	/* Every format is complete: names, types, no gaps in the tables. */
	for (i = 0; fs_formats[i] != NULL; i++) {
		CHECK(fs_formats[i]->ncols <= FS_MAX_COLS);
		for (j = 0; j < fs_formats[i]->ncols; j++) {
			CHECK(fs_formats[i]->cols[j].name != NULL);
			CHECK(fs_formats[i]->cols[j].type != FS_CHOICE ||
			    fs_formats[i]->cols[j].allowed != NULL);
		}
		CHECK(fs_format_find(fs_formats[i]->name) == fs_formats[i]);
	}
	CHECK(fs_format_find("nosuch") == NULL);
	CHECK(strcmp(fs_fmt_attendance.cols[FS_ATT_STATUS].allowed
	    [FS_ST_SENDING_UNIT], "sending_unit") == 0);
	CHECK(strcmp(fs_fmt_funds.cols[FS_FUNDS_CATEGORY].allowed
	    [FS_CAT_BENEFIT], "benefit") == 0);
	CHECK(strcmp(fs_fmt_decisions.cols[FS_DEC_STAGE].allowed
	    [FS_STAGE_ANNOUNCE_RESULT], "announce_result") == 0);
	CHECK(strcmp(fs_fmt_conduct.cols[FS_COND_KIND].allowed
	    [FS_KIND_SUPERSTITION], "superstition") == 0);
	CHECK(strcmp(fs_fmt_households.cols[FS_HH_STATUS].allowed
	    [FS_HHS_NOT_POOR], "not_poor") == 0);
}

int
main(void)
{
	test_official();
	test_none_and_files();
	test_findings_order();
	test_findings_detail();
	test_findings_sorted();
	test_formats();
	return unit_done();
}
