# Working days come from the installed calendar: 2026 has 248.  A record
# on a weekend (2026-01-10) or a holiday (2026-02-16, Spring Festival) is
# not counted; one on a make-up Saturday (2026-02-14, 2026-02-28) is.
# --calendar none counts plain Monday to Friday (261 days).  February
# 2026: 16 working days in the calendar, 20 Monday to Friday.
$ fs-attendance --as-of 2026-12-31 --roster r.tsv a.tsv; fs-attendance --calendar none --as-of 2026-12-31 --roster r.tsv a.tsv; fs-attendance --calendar cal.tsv --as-of 2026-12-31 --roster r.tsv a.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2025-03-01	2027-02-28
S2	乙	县财政局	V02	2026-02-01	2026-02-28
<<< a.tsv
secretary_id	date	status
S1	2026-01-10	in_village
S1	2026-02-14	in_village
S1	2026-02-16	in_village
S1	2026-02-28	in_village
S2	2026-02-14	in_village
S2	2026-02-16	in_village
S2	2026-02-28	absent
<<< cal.tsv
date	type
2026-02-16	holiday
2026-02-14	workday
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	248	248	2	166	0.0081	0	0	0	246	211	violation
S2	2026	16	16	1	11	0.0625	0	0	1	14	10	violation
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	261	1	174	0.0038	0	0	0	260	228	violation
S2	2026	20	20	1	14	0.0500	0	0	0	19	10	violation
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	261	1	174	0.0038	0	0	0	260	228	violation
S2	2026	20	20	1	14	0.0500	0	0	0	19	10	violation
>>> status 1
