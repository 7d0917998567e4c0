# attendance.future-record on a date no posting covers: village_id the
# last posting begun before it (between postings, after the last), or the
# first posting when none had begun.
$ fs-attendance --calendar none --as-of 2026-01-05 --roster r.tsv --findings a.tsv | cut -f6,7
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-02-02	2026-03-31	
S1	甲	县财政局	V02	2026-05-01	2026-06-30	
<<< a.tsv
secretary_id	date	status
S1	2026-01-06	in_village
S1	2026-04-06	in_village
S1	2026-07-06	in_village
>>> stdout
village_id	period
V01	2026-01-06
V01	2026-04-06
V02	2026-07-06
