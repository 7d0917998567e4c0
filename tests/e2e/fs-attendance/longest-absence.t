# longest_absence: the longest run of elapsed working days of the window
# that are absent, sending_unit or unrecorded.  Days off (a weekend) do
# not end a run; leave, a counted day, or a working day between two
# postings (S1: 03-09..03-13) does; postings that meet over a weekend
# (S3) make one window.  attendance.long-absence fires when the run
# reaches attendance.recall_absence_days (here 5): S2, not S3 (4).
$ fs-attendance --calendar none --as-of 2026-03-31 --roster r.tsv --policy p.tsv a.tsv; fs-attendance --calendar none --as-of 2026-03-31 --roster r.tsv --policy p.tsv --findings a.tsv | grep long-absence
<<< p.tsv
key	value
attendance.recall_absence_days	5
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-03-02	2028-03-01	2026-03-06
S1	甲	县财政局	V02	2026-03-16	2028-03-15	2026-03-31
S2	乙	县财政局	V03	2026-03-02	2028-03-01	2026-03-31
S3	丙	县财政局	V04	2026-03-02	2028-03-01	2026-03-06
S3	丙	县财政局	V05	2026-03-09	2028-03-08	2026-03-31
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	in_village
S1	2026-03-03	in_village
S1	2026-03-16	absent
S1	2026-03-17	absent
S1	2026-03-18	in_village
S1	2026-03-19	in_village
S1	2026-03-20	in_village
S1	2026-03-23	in_village
S1	2026-03-24	in_village
S1	2026-03-25	in_village
S1	2026-03-26	in_village
S1	2026-03-27	in_village
S1	2026-03-30	in_village
S1	2026-03-31	in_village
S2	2026-03-02	in_village
S2	2026-03-03	in_village
S2	2026-03-04	in_village
S2	2026-03-05	absent
S2	2026-03-06	absent
S2	2026-03-09	sending_unit
S2	2026-03-11	absent
S2	2026-03-12	in_village
S2	2026-03-13	leave
S2	2026-03-16	absent
S2	2026-03-17	absent
S2	2026-03-18	leave
S2	2026-03-19	absent
S2	2026-03-20	in_village
S2	2026-03-23	in_village
S2	2026-03-24	in_village
S2	2026-03-25	in_village
S2	2026-03-26	in_village
S2	2026-03-27	in_village
S2	2026-03-30	in_village
S2	2026-03-31	in_village
S3	2026-03-02	in_village
S3	2026-03-03	in_village
S3	2026-03-04	in_village
S3	2026-03-05	absent
S3	2026-03-06	absent
S3	2026-03-09	absent
S3	2026-03-10	absent
S3	2026-03-11	in_village
S3	2026-03-12	in_village
S3	2026-03-13	in_village
S3	2026-03-16	in_village
S3	2026-03-17	in_village
S3	2026-03-18	in_village
S3	2026-03-19	in_village
S3	2026-03-20	in_village
S3	2026-03-23	in_village
S3	2026-03-24	in_village
S3	2026-03-25	in_village
S3	2026-03-26	in_village
S3	2026-03-27	in_village
S3	2026-03-30	in_village
S3	2026-03-31	in_village
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	17	17	12	12	0.7059	0	0	2	3	3	ok
S2	2026	22	22	12	15	0.5455	2	1	6	1	5	violation
S3	2026	22	22	18	15	0.8182	0	0	4	0	4	ok
fs-attendance	attendance.long-absence	violation	secretary	S2	V03	2026	away 5 consecutive working days (absent, at the sending unit or unrecorded) from 2026-03-05 to 2026-03-11; 5 call for recall	
