# A detail's count of one takes its noun in the singular: "1 working
# day", not "1 working days" (the first working day of the year, a recall
# after 1 day).  fs-funds's idle money alike.
$ fs-attendance --policy p.tsv --calendar none --as-of 2026-01-01 --findings a.tsv | cut -f 2,8; fs-funds --policy p.tsv --as-of 2026-01-02 --findings f.tsv | cut -f 2,8
<<< p.tsv
key	value
attendance.recall_absence_days	1
funds.idle_days	0
<<< a.tsv
secretary_id	date	status
S1	2026-01-01	sending_unit
<<< f.tsv
date	village_id	category	flow	amount
2026-01-01	V1	project	in	100
>>> stdout
rule	detail
attendance.long-absence	away 1 consecutive working day (absent, at the sending unit or unrecorded) from 2026-01-01 to 2026-01-01; 1 call for recall
attendance.min-ratio	in village 0 of 1 working day so far (0.0000); 1 needed to keep pace, 174 required of 261
attendance.sending-unit-work	1 working day doing work for the sending unit
rule	detail
funds.idle	project: 100.00 held unspent since 2026-01-01, 1 day (more than 0)
