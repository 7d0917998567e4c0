# A village_id twice in --villages is an invalid row: exit 2.
$ fs-report --as-of 2026-11-27 --villages villages-dup.tsv warn.findings
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< villages-dup.tsv
village_id	name	township	county
V01	石门村	东岭镇	青山县
V01	河口村	东岭镇	青山县
>>> stderr
fs-report: villages-dup.tsv:3: the same village_id as villages-dup.tsv:2 (got 'V01')
>>> status 2
