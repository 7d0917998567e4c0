# required_days = ceil(2/3 x working_days): 7 of a 10-day window.  A
# complete window (as-of on or after its last day) is ok with 7 days in
# the village and a violation (attendance.min-ratio, exit 1) with 6; ratio
# = in_village_days / elapsed_days with 4 decimals.  The policy's
# attendance.min_ratio (0.6 is exactly 3/5: 6 required) changes it.
$ fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv a.tsv; echo "exit $?"; fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv --findings a.tsv; fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv --policy p.tsv a.tsv; echo "exit $?"
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-03-02	2028-03-01	2026-03-13
S2	乙	县财政局	V02	2026-03-02	2026-03-13	
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	in_village
S1	2026-03-03	in_village
S1	2026-03-04	in_village
S1	2026-03-05	in_village
S1	2026-03-06	in_village
S1	2026-03-09	in_village
S1	2026-03-10	in_village
S1	2026-03-11	leave
S1	2026-03-12	leave
S1	2026-03-13	leave
S2	2026-03-02	in_village
S2	2026-03-03	in_village
S2	2026-03-04	in_village
S2	2026-03-05	in_village
S2	2026-03-06	in_village
S2	2026-03-09	in_village
S2	2026-03-10	leave
S2	2026-03-11	leave
S2	2026-03-12	leave
S2	2026-03-13	leave
<<< p.tsv
key	value
attendance.min_ratio	0.6
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	10	10	7	7	0.7000	3	0	0	0	0	ok
S2	2026	10	10	6	7	0.6000	4	0	0	0	0	violation
exit 1
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-ratio	violation	secretary	S2	V02	2026	in village 6 of 10 working days (0.6000); 7 required	
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	10	10	7	6	0.7000	3	0	0	0	0	ok
S2	2026	10	10	6	6	0.6000	4	0	0	0	0	ok
exit 0
