# --chart on a ledger without items: the title and the total line, 0.0%;
# --progress with --chart writes the chart.
$ fs-rectify --as-of 2026-10-12 --chart r.tsv; fs-rectify --as-of 2026-10-12 --progress --chart r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
>>> stdout
Rectification progress as of 2026-10-12 (█ = 5% closed)
total                         0.0%  0/0  0 overdue
Rectification progress as of 2026-10-12 (█ = 5% closed)
total                         0.0%  0/0  0 overdue
