# fs-rectify --progress --by-category output: the categories of a village
# are added up; percent recomputed.
$ fs-report --as-of 2026-11-27 --progress progress-cat.tsv warn.findings | awk '/^Rectification/ { p = 1 } /^Villages$/ { p = 0 } p'
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< progress-cat.tsv
village_id	category	total	closed	open	overdue	percent_closed
V01	aging_members	2	1	1	0	50.0
V01	weak_organization	3	3	0	0	100.0
V03	aging_members	1	0	1	1	0.0
>>> stdout
Rectification progress
----------------------

  village                                   total  closed  overdue  closed%
  V01                                           5       4        0     80.0
  V03                                           1       0        1      0.0

