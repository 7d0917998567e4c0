# A calendar date given twice with the same type is a plain duplicate,
# counted once, as the tools that load a calendar take it (fs-attendance
# below: 2026-01-01 is one holiday, 260 of 261 weekdays work); given as
# both holiday and workday it is invalid, for fs-check as for the tools,
# said alike, with the line it was first given on.
$ fs-check -t calendar same.tsv; echo "exit $?"; fs-attendance --as-of 2026-01-10 --calendar same.tsv att.tsv | cut -f 1-3; echo "exit $?"; fs-check -t calendar both.tsv; echo "exit $?"; fs-attendance --as-of 2026-01-10 --calendar both.tsv att.tsv; echo "exit $?"
<<< same.tsv
date	type
2026-01-01	holiday
2026-01-01	holiday
<<< both.tsv
date	type
2026-01-01	holiday
2026-01-01	workday
<<< att.tsv
secretary_id	date	status
s1	2026-01-05	in_village
>>> stdout
file	type	rows	invalid
same.tsv	calendar	2	0
exit 0
secretary_id	year	working_days
s1	2026	260
exit 0
exit 2
exit 2
>>> stderr
fs-check: both.tsv:3: the same date as both.tsv:2, given as 'holiday' there (got '2026-01-01')
fs-attendance: both.tsv:3: the same date as both.tsv:2, given as 'holiday' there (got '2026-01-01')
