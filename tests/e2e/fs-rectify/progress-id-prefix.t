# --progress tallies each village apart, also when one village_id is
# the start of the next one read (V10, then V1): the last village's
# tally is kept for the next row only when the whole id is the same.
$ fs-rectify --as-of 2026-10-12 --progress k.tsv
<<< k.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V10	weak	p	2026-01-05	m	r	2026-06-30	2026-06-01	e	v
A2	V1	weak	p	2026-01-05	m	r	2026-06-30			
>>> stdout
village_id	total	closed	open	overdue	percent_closed
V1	1	0	1	1	0.0
V10	1	1	0	0	100.0
>>> status 1
