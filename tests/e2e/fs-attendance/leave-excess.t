# attendance.leave-excess is off by default; attendance.max_leave_days (3
# here) turns it on: more leave days than that is a violation.  Leave on a
# day off is no leave day.
$ fs-attendance --calendar none --as-of 2026-01-09 --findings a.tsv; fs-attendance --calendar none --as-of 2026-01-09 --policy p.tsv --findings a.tsv
<<< p.tsv
key	value
attendance.max_leave_days	3
<<< a.tsv
secretary_id	date	status
S1	2026-01-01	in_village
S1	2026-01-02	in_village
S1	2026-01-03	leave
S1	2026-01-05	in_village
S1	2026-01-06	leave
S1	2026-01-07	leave
S1	2026-01-08	leave
S1	2026-01-09	in_village
S2	2026-01-01	in_village
S2	2026-01-02	leave
S2	2026-01-05	leave
S2	2026-01-06	leave
S2	2026-01-07	leave
S2	2026-01-08	in_village
S2	2026-01-09	in_village
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-ratio	warning	secretary	S1		2026	in village 4 of 7 working days so far (0.5714); 5 needed to keep pace, 174 required of 261	
fs-attendance	attendance.min-ratio	warning	secretary	S2		2026	in village 3 of 7 working days so far (0.4286); 5 needed to keep pace, 174 required of 261	
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-ratio	warning	secretary	S1		2026	in village 4 of 7 working days so far (0.5714); 5 needed to keep pace, 174 required of 261	
fs-attendance	attendance.leave-excess	violation	secretary	S2		2026	on leave 4 working days; at most 3 allowed	
fs-attendance	attendance.min-ratio	warning	secretary	S2		2026	in village 3 of 7 working days so far (0.4286); 5 needed to keep pace, 174 required of 261	
>>> status 1
