/*
 * fs-policy - print the effective policy (SPEC 2.1): every key, its
 * value, and where the value comes from ("default" or the file).
 */
#include <stdio.h>

#include "../common/run.h"

static const char usage[] =
"usage: fs-policy [--policy FILE]\n"
"Print the effective policy: key, value, origin (default or the file).\n"
"Without --policy, $FS_POLICY names the file when set.\n"
"  --policy FILE      policy overrides (default: $FS_POLICY)\n"
"  --findings         an empty findings stream instead of the table\n"
"                     (it judges nothing: for a job of every tool)\n"
"  --as-of, --rejects, --strict-warnings: taken, as by every tool, to no\n"
"                     effect here (a bad policy row stops the run)\n"
"  -h, --help         this help;  --version  the version\n";

static const struct option longopts[] = {
	FS_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct fs_run run;
	int ch;

	fs_run_init(&run, "fs-policy", usage);
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1)
		if (fs_run_option(&run, ch, argv))
			return fs_run_finish(&run, run.exit);
	if (optind < argc)
		return fs_run_finish(&run, fs_run_usage_error(&run,
		    "unexpected argument '%s'", argv[optind]));
	if (fs_run_start(&run) != 0)
		return fs_run_finish(&run, 2);
	/* It judges nothing: with --findings, an empty stream (its header). */
	if (!run.findings)
		fs_policy_print(&run.policy, &run.out);
	return fs_run_finish(&run, 0);
}
