# --rejects: exit 3 even with violations.
$ fs-report --as-of 2026-11-27 --rejects bad.tsv bad.findings >/dev/null
<<< bad.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.no-mentor	violation	secretary	S02	V02		no mentor	roster.tsv:3
fs-roster	roster.uninsured	fatal	secretary	S03	V03		insurance ran out	roster.tsv:4
fs-funds	funds.idle	warning	village	V03	V03	2025-13	idle	funds.tsv:9
fs-funds	funds.idle	warning	village	V04	V04
>>> stderr
fs-report: 3 invalid rows written to bad.tsv
>>> status 3
