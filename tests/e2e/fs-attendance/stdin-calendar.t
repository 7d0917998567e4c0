# Standard input is read once, whichever option names it: --calendar -
# (or --policy -) with the records on standard input too, named or not,
# is refused (exit 2), not the same bytes read twice.  A calendar from
# standard input and the records from a file: 2026's 261 weekdays less
# the one holiday, the 5th.
$ fs-attendance --as-of 2026-03-01 --calendar - - < both.tsv; echo "exit $?"; fs-attendance --as-of 2026-03-01 --calendar - < both.tsv; echo "exit $?"; fs-attendance --as-of 2026-03-01 --policy - < both.tsv; echo "exit $?"; fs-attendance --as-of 2026-03-01 --calendar - a.tsv < both.tsv | cut -f 1-5
<<< both.tsv
date	type	secretary_id	status	key	value
2026-01-05	holiday	S1	in_village	attendance.min_ratio	2/3
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	2026-01-06	in_village
>>> stdout
exit 2
exit 2
exit 2
secretary_id	year	working_days	elapsed_days	in_village_days
S1	2026	260	41	1
>>> stderr
fs-attendance: <stdin>: named twice; standard input is read once
fs-attendance: <stdin>: named twice; standard input is read once
fs-attendance: <stdin>: named twice; standard input is read once
