# Village names are text: escapes are decoded and a tab or newline in a
# name is shown as a space, so the chart keeps its lines.
$ fs-rectify --as-of 2026-10-12 --chart --villages v.tsv r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A2	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
<<< v.tsv
village_id	name
V1	东坪\t村
V2	a\\b\nc
>>> stdout
Rectification progress as of 2026-10-12 (█ = 5% closed)
东坪 村  ████████████████████ 100.0%  1/1  0 overdue
a\b c    ████████████████████ 100.0%  1/1  0 overdue
total    ████████████████████ 100.0%  2/2  0 overdue
