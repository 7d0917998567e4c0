# Progress rows that do not add up are invalid rows (closed more than
# total, open not total less closed, overdue more than open, a village
# twice); a total of 0 has no percent.
$ fs-report --as-of 2026-11-27 --rejects r.tsv --progress progress-bad.tsv warn.findings | awk '/^Rectification/ { p = 1 } /^Villages$/ { p = 0 } p'; cat r.tsv
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< progress-bad.tsv
village_id	total	closed	open	overdue	percent_closed
V01	2	3	0	0	150.0
V02	2	1	0	0	50.0
V03	2	1	1	2	50.0
V05	2	2	0	0	100.0
V05	2	2	0	0	100.0
V04	0	0	0	0	0.0
>>> stdout
Rectification progress
----------------------

  village                                   total  closed  overdue  closed%
  V04                                           0       0        0        -
  V05                                           2       2        0    100.0

source	reason	tool	rule	severity	entity	entity_id	village_id	period	detail	source
progress-bad.tsv:2	column 'closed': more than total (got '3')	V01	2	3	0	0	150.0
progress-bad.tsv:3	column 'open': not total - closed (got '0')	V02	2	1	0	0	50.0
progress-bad.tsv:4	column 'overdue': more than open (got '2')	V03	2	1	1	2	50.0
progress-bad.tsv:6	the same village_id as progress-bad.tsv:5 (got 'V05')	V05	2	2	0	0	100.0
>>> stderr
fs-report: 4 invalid rows written to r.tsv
