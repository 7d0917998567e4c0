# village_business and training count as in the village by default;
# attendance.count_village_business and attendance.count_training turn
# that off.  A day that does not count is not in_village_days, yet it is
# no absence either: it ends a run of absence.
$ fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv a.tsv; fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv --policy p.tsv a.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-03-02	2028-03-01	2026-03-13
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	in_village
S1	2026-03-03	village_business
S1	2026-03-04	training
S1	2026-03-05	absent
S1	2026-03-06	training
S1	2026-03-09	absent
S1	2026-03-10	village_business
S1	2026-03-11	absent
S1	2026-03-12	in_village
S1	2026-03-13	in_village
<<< p.tsv
key	value
attendance.count_village_business	no
attendance.count_training	no
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	10	10	7	7	0.7000	0	0	3	0	1	ok
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	10	10	3	7	0.3000	0	0	3	0	1	violation
>>> status 1
