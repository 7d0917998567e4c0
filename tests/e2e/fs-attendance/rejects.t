# --rejects keeps every invalid row (attendance and roster alike) and goes
# on: the table, a count on stderr, exit 3 even with violations.  The
# rejects file's header is the first input's: the attendance, read first.
# S2, whose roster row is rejected, is left unjudged, and that is said.
$ fs-attendance --calendar none --as-of 2026-01-09 --roster r.tsv --rejects bad.tsv a.tsv; echo "exit $?"; cat bad.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	2026-01-06	absent	extra
S1	2026-01-07	absent
S2	2026-02-30	absent
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2026-01-05	2028-01-04
S2	乙	县财政局	V02	2026-01-05	2026-01-04
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	259	5	1	173	0.2000	0	0	1	3	4	at_risk
exit 3
source	reason	secretary_id	date	status
a.tsv:3	4 fields where the header has 3	S1	2026-01-06	absent	extra
a.tsv:5	column 'date': no such day (got '2026-02-30')	S2	2026-02-30	absent
r.tsv:3	column 'term_end': term_end before term_start (got '2026-01-04')	S2	乙	县财政局	V02	2026-01-05	2026-01-04
>>> stderr
fs-attendance: the secretary of 1 roster row put aside in bad.tsv is left unjudged (mend it and run again)
fs-attendance: 3 invalid rows written to bad.tsv
