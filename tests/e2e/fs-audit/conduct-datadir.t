# FS_DATADIR names the folder of the installed rules file.
$ mkdir d && printf 'rule\tpattern\tseverity\nhello\thello\twarning\n' > d/rules.tsv && FS_DATADIR=d fs-audit conduct --as-of 2026-04-01 c.tsv; FS_DATADIR=nowhere fs-audit conduct --as-of 2026-04-01 c.tsv
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	gift	yes	hello 红包
>>> stdout
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	gift	yes	hello 红包	audit.keyword.hello
>>> stderr
fs-audit: nowhere/rules.tsv: No such file or directory
>>> status 2
