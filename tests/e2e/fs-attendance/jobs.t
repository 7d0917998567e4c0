# --jobs: the same tables and findings from any number of threads,
# records after the as-of date included; a plain duplicate in another
# part of the file is still counted once.
$ for j in 1 2 5; do fs-attendance --jobs $j --calendar none --as-of 2026-01-31 --roster r.tsv a.tsv; fs-attendance --jobs $j --calendar none --as-of 2026-01-08 --roster r.tsv --findings a.tsv | grep future; done
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-01-01	2027-12-31	
S2	乙	县农业银行	V02	2026-01-01	2027-12-31	
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S2	2026-01-05	leave
S1	2026-01-06	in_village
S2	2026-01-06	absent
S1	2026-01-07	sending_unit
S2	2026-01-07	in_village
S1	2026-01-08	in_village
S2	2026-01-08	in_village
S1	2026-01-09	in_village
S2	2026-01-09	in_village
S1	2026-01-05	in_village
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	22	4	174	0.1818	0	1	0	17	15	at_risk
S2	2026	261	22	3	174	0.1364	1	0	1	17	15	at_risk
fs-attendance	attendance.future-record	violation	secretary	S1	V01	2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-08	a.tsv:10
fs-attendance	attendance.future-record	violation	secretary	S2	V02	2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-08	a.tsv:11
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	22	4	174	0.1818	0	1	0	17	15	at_risk
S2	2026	261	22	3	174	0.1364	1	0	1	17	15	at_risk
fs-attendance	attendance.future-record	violation	secretary	S1	V01	2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-08	a.tsv:10
fs-attendance	attendance.future-record	violation	secretary	S2	V02	2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-08	a.tsv:11
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	22	4	174	0.1818	0	1	0	17	15	at_risk
S2	2026	261	22	3	174	0.1364	1	0	1	17	15	at_risk
fs-attendance	attendance.future-record	violation	secretary	S1	V01	2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-08	a.tsv:10
fs-attendance	attendance.future-record	violation	secretary	S2	V02	2026-01-09	record of in_village dated 2026-01-09, after the as-of date 2026-01-08	a.tsv:11
