# With a roster, a secretary it does not list but who has records in the
# year is listed too, judged on the whole year, with
# attendance.unknown-secretary (warning; village_id empty).  Records in
# other years only (S8) list nobody.  Without a roster every secretary with
# a record in the year is listed on the whole year, and none is unknown.
# The warning is given even when the year has not begun (nobody listed;
# its records are all after the as-of date: not judged, it says).
$ fs-attendance --calendar none --as-of 2025-12-31 --year 2026 --roster r.tsv --findings a.tsv | grep -v future-record; fs-attendance --calendar none --as-of 2026-01-09 --roster r.tsv --findings a.tsv | grep -e unknown -e S9; fs-attendance --calendar none --as-of 2026-01-09 --roster r.tsv a.tsv; fs-attendance --calendar none --as-of 2026-01-09 a.tsv; fs-attendance --calendar none --as-of 2026-01-09 --findings a.tsv | cut -f 2 | sort -u
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2026-01-05	2028-01-04
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	2026-01-06	in_village
S1	2026-01-07	in_village
S1	2026-01-08	in_village
S1	2026-01-09	in_village
S9	2026-01-01	in_village
S9	2026-01-02	in_village
S9	2026-01-05	in_village
S9	2026-01-06	in_village
S9	2026-01-07	in_village
S9	2026-01-08	in_village
S9	2026-01-09	in_village
S8	2025-12-31	in_village
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.unknown-secretary	warning	secretary	S9		2026	not on the roster: 7 records in 2026, all after the as-of date: not judged	
fs-attendance	attendance.unknown-secretary	warning	secretary	S9		2026	not on the roster: 7 records in 2026, judged on the whole year	
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	259	5	5	173	1.0000	0	0	0	0	0	ok
S9	2026	261	7	7	174	1.0000	0	0	0	0	0	ok
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	7	5	174	0.7143	0	0	0	2	2	ok
S9	2026	261	7	7	174	1.0000	0	0	0	0	0	ok
attendance.unrecorded
rule
