# --rules none turns the keyword rules off.
$ fs-audit conduct --rules none --as-of 2026-04-01 c.tsv
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	gift	yes	退回红包
>>> stdout
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	gift	yes	退回红包	
