# A secretary is listed once the term has begun by the as-of date: S1's
# starts on the as-of date itself (a Monday: 1 working day elapsed, in
# the village), S2's the day after (not listed).
$ fs-attendance --calendar none --roster roster.tsv --as-of 2026-03-02 att.tsv; echo "exit $?"
<<< att.tsv
secretary_id	date	status
S1	2026-03-02	in_village
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	A	U	V01	2026-03-02	2028-03-01	
S2	B	U	V02	2026-03-03	2028-03-02	
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	219	1	1	146	1.0000	0	0	0	0	0	ok
exit 0
