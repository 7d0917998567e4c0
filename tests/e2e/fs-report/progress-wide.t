# The progress table's figures are as wide as their widest value, so that
# large counts stay in their columns.
$ fs-report --as-of 2026-01-01 --progress p.tsv e.findings | sed -n '/^Rectif/,$p'
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
<<< p.tsv
village_id	total	closed	open	overdue	percent_closed
V1	999999	99999	900000	100000	1
V2	5	1	4	0	1
>>> stdout
Rectification progress
----------------------

  village                                    total  closed  overdue  closed%
  V1                                        999999   99999   100000     10.0
  V2                                             5       1        0     20.0
