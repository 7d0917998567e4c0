# Two rows for one secretary and date: the same status is counted once;
# another status makes the later row invalid (exit 2, naming the earlier
# line, nothing on stdout), in whatever year.  With --rejects the later
# row is kept aside and the first one counts (exit 3).
$ fs-attendance --calendar none --as-of 2026-01-09 same.tsv; fs-attendance --calendar none --as-of 2026-01-09 a.tsv b.tsv; echo "exit $?"; fs-attendance --calendar none --as-of 2026-01-09 --rejects bad.tsv a.tsv b.tsv; echo "exit $?"; cat bad.tsv
<<< same.tsv
secretary_id	date	status	note
S1	2026-01-05	in_village	
S1	2026-01-05	in_village	again
S1	2026-01-06	in_village	
S1	2026-01-07	in_village	
S1	2026-01-08	in_village	
S1	2026-01-09	in_village	
S1	2026-01-09	in_village	
<<< a.tsv
secretary_id	date	status
S1	2024-06-03	in_village
S1	2026-01-05	in_village
<<< b.tsv
date	status	secretary_id
2026-01-06	in_village	S1
2024-06-03	absent	S1
2026-01-05	leave	S1
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	7	5	174	0.7143	0	0	0	2	2	ok
exit 2
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	7	2	174	0.2857	0	0	0	5	3	at_risk
exit 3
source	reason	secretary_id	date	status
b.tsv:3	conflicts with 'in_village' at a.tsv:2 for the same secretary_id and date (got 'absent')	2024-06-03	absent	S1
b.tsv:4	conflicts with 'in_village' at a.tsv:3 for the same secretary_id and date (got 'leave')	2026-01-05	leave	S1
>>> stderr
fs-attendance: b.tsv:3: conflicts with 'in_village' at a.tsv:2 for the same secretary_id and date (got 'absent')
fs-attendance: 2 invalid rows written to bad.tsv
