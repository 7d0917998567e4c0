# A ledger with a header only: the header of the table, exit 0.
$ fs-rectify --as-of 2026-10-12 --progress r.tsv; fs-rectify --as-of 2026-10-12 r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
>>> stdout
village_id	total	closed	open	overdue	percent_closed
item_id	village_id	category	deadline	closed	state	days_overdue
