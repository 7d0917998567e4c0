# A village's categories whose sum is too large for 64 bits: an input
# error, exit 2, said as fs-funds says its sums too large, with the value
# that would pass the limit.
$ fs-report --as-of 2026-11-27 --progress progress-overflow.tsv warn.findings
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< progress-overflow.tsv
village_id	category	total	closed	open	overdue	percent_closed
V01	a	9223372036854775807	1	9223372036854775806	0	0.0
V01	b	1	1	0	0	100.0
>>> stderr
fs-report: progress-overflow.tsv:3: column 'total': sum too large: village V01's total would pass 9223372036854775807 (got '1')
>>> status 2
