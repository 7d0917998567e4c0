# A roster with no attendance at all: every rostered secretary whose
# window has begun is listed, every elapsed working day unrecorded
# (attendance.unrecorded, a warning; the long absence, a violation).
# attendance.recall_absence_days 0 turns attendance.long-absence off.
$ fs-attendance --calendar none --as-of 2026-02-13 --roster r.tsv a.tsv; fs-attendance --calendar none --as-of 2026-02-13 --roster r.tsv --findings a.tsv | cut -f 2,3,5-; fs-attendance --calendar none --as-of 2026-02-13 --roster r.tsv --policy p.tsv --findings a.tsv | cut -f 2 | sort -u
<<< p.tsv
key	value
attendance.recall_absence_days	0
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2025-03-01	2027-02-28
S2	乙	县财政局	V02	2026-02-02	2028-02-01
<<< a.tsv
secretary_id	date	status
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	261	32	0	174	0.0000	0	0	0	32	32	at_risk
S2	2026	239	10	0	160	0.0000	0	0	0	10	10	at_risk
rule	severity	entity_id	village_id	period	detail	source
attendance.long-absence	violation	S1	V01	2026	away 32 consecutive working days (absent, at the sending unit or unrecorded) from 2026-01-01 to 2026-02-13; 30 call for recall	
attendance.min-ratio	warning	S1	V01	2026	in village 0 of 32 working days so far (0.0000); 22 needed to keep pace, 174 required of 261	
attendance.unrecorded	warning	S1	V01	2026	no record for 32 of 32 working days so far	
attendance.min-ratio	warning	S2	V02	2026	in village 0 of 10 working days so far (0.0000); 7 needed to keep pace, 160 required of 239	
attendance.unrecorded	warning	S2	V02	2026	no record for 10 of 10 working days so far	
attendance.min-ratio
attendance.unrecorded
rule
