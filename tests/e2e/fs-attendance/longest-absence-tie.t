# Of two runs of absence as long as each other, attendance.long-absence
# names the first: 2026-03-02..06 and 2026-03-10..16 are both 5 working
# days (the weekend of 03-14 does not end the second).
$ fs-attendance --calendar none --as-of 2026-03-31 --roster r.tsv --policy p.tsv --findings a.tsv | grep long-absence | cut -f 5,8
<<< p.tsv
key	value
attendance.recall_absence_days	5
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	A	U	V01	2026-03-02	2028-03-01	2026-03-20
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	absent
S1	2026-03-03	absent
S1	2026-03-04	absent
S1	2026-03-05	absent
S1	2026-03-06	absent
S1	2026-03-09	in_village
S1	2026-03-10	absent
S1	2026-03-11	absent
S1	2026-03-12	absent
S1	2026-03-13	absent
S1	2026-03-16	absent
S1	2026-03-17	in_village
S1	2026-03-18	in_village
S1	2026-03-19	in_village
S1	2026-03-20	in_village
>>> stdout
S1	away 5 consecutive working days (absent, at the sending unit or unrecorded) from 2026-03-02 to 2026-03-06; 5 call for recall
