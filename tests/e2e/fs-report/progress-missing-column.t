# A progress file without its open column: exit 2.
$ fs-report --as-of 2026-11-27 --progress progress-nocol.tsv warn.findings
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< progress-nocol.tsv
village_id	total	closed	overdue
V01	2	2	0
>>> stderr
fs-report: progress-nocol.tsv: missing column 'open'
>>> status 2
