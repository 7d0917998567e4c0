# The villages file is checked like a ledger: a repeated village_id is an
# invalid row (exit 2, no chart), kept by --rejects (exit 3); a missing
# name column is an error.
$ fs-rectify --as-of 2026-10-12 --chart --villages v.tsv r.tsv; echo "exit $?"; fs-rectify --as-of 2026-10-12 --chart --villages v.tsv --rejects bad.tsv r.tsv; echo "exit $?"; cat bad.tsv; fs-rectify --as-of 2026-10-12 --chart --villages w.tsv r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
<<< v.tsv
village_id	name
V1	东坪村
V1	西岭村
<<< w.tsv
village_id	township
V1	东坪镇
>>> stdout
exit 2
Rectification progress as of 2026-10-12 (█ = 5% closed)
东坪村  ████████████████████ 100.0%  1/1  0 overdue
total   ████████████████████ 100.0%  1/1  0 overdue
exit 3
source	reason	item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
v.tsv:3	the same village_id as v.tsv:2 (got 'V1')	V1	西岭村
>>> stderr
fs-rectify: v.tsv:3: the same village_id as v.tsv:2 (got 'V1')
fs-rectify: 1 invalid row written to bad.tsv
fs-rectify: w.tsv: missing column 'name'
>>> status 2
