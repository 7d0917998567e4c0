# A calendar's dates may be of any year a date can have (0000 to 9999),
# as the records': a year past 2199 gets its holidays, and --year takes
# 0000 as the as-of date's year can be.  A year without entries is said
# with its four digits.  (January 2200: 23 weekdays to the 31st, the
# 6th a holiday, Saturday the 11th a working day; 13th-31st absent.)
$ fs-attendance --as-of 2200-02-01 --calendar cal.tsv a.tsv; fs-attendance --as-of 2026-03-01 --year 0000 --calendar cal.tsv a.tsv | cut -f 1-5
<<< cal.tsv
date	type
2200-01-06	holiday
2200-01-11	workday
<<< a.tsv
secretary_id	date	status
S1	2200-01-06	in_village
S1	2200-01-07	in_village
S1	2200-01-11	in_village
S1	0000-01-05	in_village
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2200	261	23	2	174	0.0870	0	0	0	21	15	at_risk
secretary_id	year	working_days	elapsed_days	in_village_days
S1	0000	260	260	1
>>> stderr
fs-attendance: the calendar has no entries for 0000; counting Monday to Friday
