# Without a file name (or with -) the records come from standard input.
$ fs-attendance --calendar none --as-of 2026-01-02 --findings
<<< -
secretary_id	date	status
S1	2026-01-01	in_village
S1	2026-01-05	absent
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.future-record	violation	secretary	S1		2026-01-05	record of absent dated 2026-01-05, after the as-of date 2026-01-02	<stdin>:3
fs-attendance	attendance.min-ratio	warning	secretary	S1		2026	in village 1 of 2 working days so far (0.5000); 2 needed to keep pace, 174 required of 261	
fs-attendance	attendance.unrecorded	warning	secretary	S1		2026	no record for 1 of 2 working days so far	
>>> status 1
