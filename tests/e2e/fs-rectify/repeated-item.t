# A repeated item_id is an invalid row: exit 2, or with --rejects the
# row is kept in the rejects file, the rest judged, exit 3.
$ fs-rectify --as-of 2026-10-12 r.tsv; echo "exit $?"; fs-rectify --as-of 2026-10-12 --rejects bad.tsv r.tsv; echo "exit $?"; cat bad.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A1	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
>>> stdout
exit 2
item_id	village_id	category	deadline	closed	state	days_overdue
A1	V1	weak_organization	2026-06-30	2026-06-01	closed	0
A2	V1	weak_organization	2026-06-30	2026-06-01	closed	0
exit 3
source	reason	item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
r.tsv:4	the same item_id as r.tsv:2 (got 'A1')	A1	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
>>> stderr
fs-rectify: r.tsv:4: the same item_id as r.tsv:2 (got 'A1')
fs-rectify: 1 invalid row written to bad.tsv
