# Figures too wide for the name column's 40 columns narrow it, down to 16;
# a name wider is cut at a character, Chinese ones too, and the figures
# stay in their columns within 78 columns.
$ fs-report --as-of 2026-01-01 --villages n.tsv --progress p.tsv e.findings | sed -n '/^Rectif/,$p'
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
<<< n.tsv
village_id	name
V1	石门村
V2	A village whose name is much wider than the column of names
V3	柳树湾村柳树湾村柳树湾村柳树湾村
<<< p.tsv
village_id	total	closed	open	overdue	percent_closed
V1	9223372036854775807	4611686018427387904	4611686018427387903	12	50.0
V2	3	1	2	0	33.3
V3	0	0	0	0	0
>>> stdout
Rectification progress
----------------------

  village                         total               closed  overdue  closed%
  V1 石门村         9223372036854775807  4611686018427387904       12     50.0
  V2 A village ...                    3                    1        0     33.3
  V3 柳树湾村柳...                    0                    0        0        -
