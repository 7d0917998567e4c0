# Counts up to INT64_MAX: the percent and the bars without overflow; the
# one overdue item is still drawn, a pixel wide.
$ fs-report --as-of 2026-11-27 --progress progress-huge.tsv warn.findings | grep '^  V01'; fs-report --format html --as-of 2026-11-27 --progress progress-huge.tsv warn.findings | grep -o '<rect class="bar [a-z]*" x="[0-9]*" y="[0-9]*" width="[0-9]*"'
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< progress-huge.tsv
village_id	total	closed	open	overdue	percent_closed
V01	9223372036854775807	4611686018427387904	4611686018427387903	1	50.0
>>> stdout
  V01               9223372036854775807  4611686018427387904        1     50.0
<rect class="bar warning" x="72" y="56" width="480"
<rect class="bar closed" x="72" y="34" width="239"
<rect class="bar open" x="311" y="34" width="240"
<rect class="bar overdue" x="551" y="34" width="1"
