# A findings stream without its severity column: exit 2, the column named.
$ fs-report --as-of 2026-11-27 nosev.findings
<<< nosev.findings
tool	rule	entity	entity_id	village_id	period	detail	source
fs-roster	roster.no-mentor	secretary	S02	V02		no mentor	
>>> stderr
fs-report: nosev.findings: missing column 'severity'
>>> status 2
