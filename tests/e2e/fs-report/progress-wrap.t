# Figures that leave fewer than 16 columns for the names (three counts of
# 19 digits): each village takes two lines, its name, then its figures in
# their columns; a name wider than a line is cut at a character.
$ fs-report --as-of 2026-01-01 --villages n.tsv --progress p.tsv e.findings | sed -n '/^Rectif/,$p'
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
<<< n.tsv
village_id	name
V1	石门村
V2	A village whose name is much wider than the column of names, and wider than a line
V3	柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村
<<< p.tsv
village_id	total	closed	open	overdue	percent_closed
V1	9223372036854775807	4611686018427387904	4611686018427387903	4611686018427387903	50.0
V2	3	1	2	0	33.3
V3	0	0	0	0	0
>>> stdout
Rectification progress
----------------------

  village
                      total               closed              overdue  closed%
  V1 石门村
        9223372036854775807  4611686018427387904  4611686018427387903     50.0
  V2 A village whose name is much wider than the column of names, and wider...
                          3                    1                    0     33.3
  V3 柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾村柳树湾...
                          0                    0                    0        -
