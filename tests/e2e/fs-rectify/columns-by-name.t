# Columns are found by name in any order; extra columns are allowed (and
# not written: the table is computed); without evidence and verified_by
# columns every closure is unverified.
$ fs-rectify --as-of 2026-10-12 r.tsv
<<< r.tsv
note	deadline	closed	item_id	responsible	opened	measure	problem	category	village_id
备注	2026-06-30	2026-06-20	A1	王书记	2026-01-05	整改	问题	aging_members	村1
	2026-12-31		A2	王书记	2026-01-05	整改	问题	aging_members	村1
>>> stdout
item_id	village_id	category	deadline	closed	state	days_overdue
A1	村1	aging_members	2026-06-30	2026-06-20	unverified	0
A2	村1	aging_members	2026-12-31		open	0
>>> status 1
