# attendance.future-record: every record dated after the as-of date, in
# any year, is a violation of its own (period: its date; source: its
# line; village_id: the posting's on that day) and is not counted.  A
# repeated identical row is a plain duplicate, passed over before it is
# judged, so it gives no second finding.
$ fs-attendance --calendar none --as-of 2026-03-04 --roster r.tsv --findings a.tsv; echo "exit $?"; fs-attendance --calendar none --as-of 2026-03-04 --roster r.tsv a.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-03-02	2026-03-31	
S1	甲	县财政局	V02	2026-04-01	2028-03-31	
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	in_village
S1	2026-03-03	in_village
S1	2026-03-04	in_village
S1	2026-03-05	in_village
S1	2026-03-05	in_village
S1	2026-04-01	in_village
S1	2027-01-04	training
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.future-record	violation	secretary	S1	V01	2026-03-05	record of in_village dated 2026-03-05, after the as-of date 2026-03-04	a.tsv:5
fs-attendance	attendance.future-record	violation	secretary	S1	V02	2026-04-01	record of in_village dated 2026-04-01, after the as-of date 2026-03-04	a.tsv:7
fs-attendance	attendance.future-record	violation	secretary	S1	V02	2027-01-04	record of training dated 2027-01-04, after the as-of date 2026-03-04	a.tsv:8
exit 1
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	219	3	3	146	1.0000	0	0	0	0	0	ok
>>> status 1
