# A window under way (as-of before its last day): violation when even
# every remaining working day in the village cannot reach required_days
# (the year can no longer be saved); else at_risk when behind pace
# (in_village_days < ceil(2/3 x elapsed_days)); else ok.  March 2026,
# Monday to Friday: 22 working days, 15 required; as-of 2026-03-13: 10
# elapsed, 12 to come, pace 7.
$ fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv a.tsv; echo "exit $?"; fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv --findings a.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-03-01	2028-02-29	2026-03-31
S2	乙	县财政局	V02	2026-03-01	2028-02-29	2026-03-31
S3	丙	县财政局	V03	2026-03-01	2028-02-29	2026-03-31
S4	丁	县财政局	V04	2026-03-01	2028-02-29	2026-03-31
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
S3	2026-03-02	in_village
S3	2026-03-03	in_village
S3	2026-03-04	leave
S3	2026-03-05	leave
S3	2026-03-06	leave
S3	2026-03-09	leave
S3	2026-03-10	leave
S3	2026-03-11	leave
S3	2026-03-12	leave
S3	2026-03-13	leave
S4	2026-03-02	in_village
S4	2026-03-03	in_village
S4	2026-03-04	in_village
S4	2026-03-05	leave
S4	2026-03-06	leave
S4	2026-03-09	leave
S4	2026-03-10	leave
S4	2026-03-11	leave
S4	2026-03-12	leave
S4	2026-03-13	leave
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	22	10	7	15	0.7000	3	0	0	0	0	ok
S2	2026	22	10	6	15	0.6000	4	0	0	0	0	at_risk
S3	2026	22	10	2	15	0.2000	8	0	0	0	0	violation
S4	2026	22	10	3	15	0.3000	7	0	0	0	0	at_risk
exit 1
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-ratio	warning	secretary	S2	V02	2026	in village 6 of 10 working days so far (0.6000); 7 needed to keep pace, 15 required of 22	
fs-attendance	attendance.min-ratio	violation	secretary	S3	V03	2026	in village 2 of 10 working days so far (0.2000); 15 required of 22, at most 14 still possible	
fs-attendance	attendance.min-ratio	warning	secretary	S4	V04	2026	in village 3 of 10 working days so far (0.3000); 7 needed to keep pace, 15 required of 22	
>>> status 1
