# --chart on a ledger without items: the title and the total line, 0.0%;
# --progress with --chart writes the chart.  With --by-category the
# empty category column is 0 wide between its two spaces, as it is on
# every total line.
$ fs-rectify --as-of 2026-10-12 --chart r.tsv; fs-rectify --as-of 2026-10-12 --progress --chart r.tsv; fs-rectify --as-of 2026-10-12 --chart --by-category r.tsv | sed 's/ /./g'
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
>>> stdout
Rectification progress as of 2026-10-12 (█ = 5% closed)
total                         0.0%  0/0  0 overdue
Rectification progress as of 2026-10-12 (█ = 5% closed)
total                         0.0%  0/0  0 overdue
Rectification.progress.as.of.2026-10-12.by.category.(█.=.5%.closed)
total...........................0.0%..0/0..0.overdue
