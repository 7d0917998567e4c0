# With --rejects, every bad row is kept (source, reason, the line) and the
# report is made of the rest; exit 3 wins over 1.
$ fs-report --as-of 2026-11-27 --rejects bad.tsv bad.findings | head -7; echo; cat bad.tsv
<<< bad.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.no-mentor	violation	secretary	S02	V02		no mentor	roster.tsv:3
fs-roster	roster.uninsured	fatal	secretary	S03	V03		insurance ran out	roster.tsv:4
fs-funds	funds.idle	warning	village	V03	V03	2025-13	idle	funds.tsv:9
fs-funds	funds.idle	warning	village	V04	V04
>>> stdout
Compliance report as of 2026-11-27
==================================

Summary
-------

1 finding: 1 violation, 0 warnings.

source	reason	tool	rule	severity	entity	entity_id	village_id	period	detail	source
bad.findings:3	column 'severity': not one of: violation, warning (got 'fatal')	fs-roster	roster.uninsured	fatal	secretary	S03	V03		insurance ran out	roster.tsv:4
bad.findings:4	column 'period': no such month (got '2025-13')	fs-funds	funds.idle	warning	village	V03	V03	2025-13	idle	funds.tsv:9
bad.findings:5	6 fields where the header has 9	fs-funds	funds.idle	warning	village	V04	V04
>>> stderr
fs-report: 3 invalid rows written to bad.tsv
