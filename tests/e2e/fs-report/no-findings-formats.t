# No finding: the three formats have the same parts.  Without --villages
# there is no table at all; with it, a table by village and no rule table.
$ for f in text markdown html; do for v in '' '--villages v.tsv'; do echo "$f $v:"; fs-report --format $f --as-of 2026-01-01 $v e.findings | grep -E '^  (rule|village) |^\| (rule|county) |<h3>'; done; done
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
<<< v.tsv
village_id	name
V1	One
>>> stdout
text :
text --villages v.tsv:
  village                                               violations  warnings
markdown :
markdown --villages v.tsv:
| county | township | village | violations | warnings |
html :
html --villages v.tsv:
<h3>Findings per village</h3>
<h3>By village</h3>
