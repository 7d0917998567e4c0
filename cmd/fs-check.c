/*
 * fs-check - validate files against their record format (SPEC 3.11),
 * without judging policy.  Every invalid row is reported, not only the
 * first.
 */
#include <stdio.h>
#include <string.h>

#include "../common/run.h"

static const char usage[] =
"usage: fs-check --type TYPE [options] [FILE...]\n"
"Validate TSV files against a firstsec record format; judge no policy.\n"
"Every invalid row is reported on stderr as FILE:LINE, with every column\n"
"at fault; exit 0 when all rows are valid, 2 otherwise (3 with\n"
"--rejects).  On success, one line per file: file, type, rows, invalid.\n"
"  -t, --type TYPE    roster, attendance, households, funds, rectify,\n"
"                     conduct, decisions, benefits, findings (also:\n"
"                     villages, cadres, rules, calendar, policy)\n"
FS_JOBS_USAGE
"  --rejects FILE     keep invalid rows in FILE and go on (exit 3)\n"
"  --findings         an empty findings stream instead of the summary\n"
"                     (it judges nothing: for a job of every tool)\n"
"  --as-of, --policy, --strict-warnings: taken, as by every tool, to no\n"
"                     effect here (a policy file that cannot be read,\n"
"                     or holds a bad row, still stops the run)\n"
"  -h, --help         this help;  --version  the version\n";

enum { OPT_TYPE = FS_OPT_TOOL };

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ "type", required_argument, NULL, 't' },
	FS_JOBS_OPTION,
	{ NULL, 0, NULL, 0 }
};

/* Where a decision was first seen, for its village (one_village()). */
struct seen_decision {
	const char *village;
	long line;
	uint16_t file;
	uint8_t stages;		/* taken: 1 << FS_STAGE_* */
};

/*
 * A decision is taken in one village (SPEC 3.7): a row of a decision
 * that names another village than its first row is invalid, as fs-audit
 * has it.  Only then is the row's key (decision_id and stage) taken
 * (run->keys_late), so that a row refused here is not the one a later
 * row of that stage repeats.  A row that repeats a stage is reported
 * for that, in whatever village.  0, or FS_RUN_STOP.
 */
static int
one_village(struct fs_run *run, struct fs_table *seen, const struct fs_tsv *r,
    const struct fs_value *v)
{
	const struct fs_value *vil = &v[FS_DEC_VILLAGE_ID];
	const unsigned stage = 1u << v[FS_DEC_STAGE].v.choice;
	struct seen_decision *d;
	int created, rc;

	d = fs_table_get(seen, v[FS_DEC_DECISION_ID].p,
	    v[FS_DEC_DECISION_ID].n, &created);
	if (created) {
		d->village = fs_arena_strndup(fs_table_arena(seen), vil->p,
		    vil->n);
		d->line = r->lineno;
		d->file = (uint16_t)(run->nfiles - 1);
	} else if (!(d->stages & stage) &&
	    !fs_slice_eq(vil->p, vil->n, d->village)) {
		fs_keycheck_village(&run->msg, d->village,
		    run->files[d->file], d->line);
		return fs_run_invalid(run, r, "village_id", run->msg.p,
		    vil->p, vil->n) != 0 ? FS_RUN_STOP : 0;
	}
	if ((rc = fs_run_key(run, r, &fs_fmt_decisions, v)) == 0)
		d->stages |= (uint8_t)stage;
	return rc == FS_RUN_STOP ? FS_RUN_STOP : 0;
}

/*
 * Reads one file through, reporting every invalid row; 0, or 2 when the
 * file cannot be read at all (no such file, no header, missing column).
 * Decisions are read in order, for the village of each (seen); so is a
 * findings stream, which may repeat its header (cat a.findings b.findings).
 */
static int
check_file(struct fs_run *run, const struct fs_format *fmt, const char *path,
    struct fs_table *seen)
{
	struct fs_tsv r;
	struct fs_binding b;
	struct fs_value v[FS_MAX_COLS];
	long before = run->ninvalid;
	int rc;

	if (fs_run_open(run, &r, path, fmt, &b) != 0) {
		fs_tsv_close(&r);
		return 2;
	}
	if (fmt != &fs_fmt_decisions && !run->header_repeats &&
	    fs_run_jobs(run, &r, &b, NULL, NULL, NULL))
		rc = FS_TSV_EOF;
	else
		while ((rc = fs_run_next(run, &r, &b, v)) == FS_TSV_ROW)
			if (fmt == &fs_fmt_decisions &&
			    (rc = one_village(run, seen, &r, v)) != 0)
				break;
	if (!run->findings) {
		fs_out_texts(&run->out, r.name);
		fs_out_char(&run->out, '\t');
		fs_out_str(&run->out, fmt->name);
		fs_out_char(&run->out, '\t');
		fs_out_int(&run->out, r.rows);
		fs_out_char(&run->out, '\t');
		fs_out_int(&run->out, run->ninvalid - before);
		fs_out_char(&run->out, '\n');
	}
	fs_tsv_close(&r);
	return rc == FS_RUN_STOP ? 2 : 0;
}

int
main(int argc, char *argv[])
{
	struct fs_run run;
	const struct fs_format *fmt = NULL;
	struct fs_table seen;
	int ch, i, status = 0;

	fs_run_init(&run, "fs-check", usage);
	run.values_only = 1;
	run.all_faults = 1;
	run.keep_going = 1;
	while ((ch = getopt_long(argc, argv, ":ht:j:", longopts, NULL)) != -1) {
		switch (ch) {
		case 't':
			if ((fmt = fs_format_find(optarg)) == NULL)
				return fs_run_finish(&run, fs_run_usage_error(&run,
				    "unknown type '%s'", optarg));
			break;
		default:
			if (fs_run_option(&run, ch, argv))
				return fs_run_finish(&run, run.exit);
		}
	}
	if (fmt == NULL)
		return fs_run_finish(&run, fs_run_usage_error(&run,
		    "--type is required"));
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	/* As fs-report reads it: a line equal to the header is skipped. */
	run.header_repeats = fmt == &fs_fmt_findings;
	run.keys_late = fmt == &fs_fmt_decisions;
	if (!run.findings)
		fs_out_str(&run.out, "file\ttype\trows\tinvalid\n");
	fs_table_init(&seen, sizeof(struct seen_decision));
	if (optind == argc)
		status = check_file(&run, fmt, "-", &seen);
	for (i = optind; i < argc; i++)
		if (check_file(&run, fmt, argv[i], &seen) != 0)
			status = 2;
	fs_table_free(&seen);
	return fs_run_finish(&run, status);
}
