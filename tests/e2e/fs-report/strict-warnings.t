# With --strict-warnings, warnings alone exit 1.
$ fs-report --strict-warnings --as-of 2026-11-27 warn.findings >/dev/null
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
>>> status 1
