# --progress --by-category: per village and category, sorted by village,
# then category (V1 before V10 before V1x; aging before aging_members).
$ fs-rectify --as-of 2026-10-12 --progress --by-category r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V10	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
A3	V1	aging_members	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A4	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-01	记录	镇纪委
A5	V1	aging_members	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01		镇纪委
A6	V1	aging_members	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A7	V1x	aging_members	问题	2026-01-05	整改措施	王书记	2026-10-20			
A8	V10	aging	问题	2026-01-05	整改措施	王书记	2026-09-30			
>>> stdout
village_id	category	total	closed	open	overdue	percent_closed
V1	aging_members	3	2	1	0	66.7
V1	weak_organization	2	1	1	1	50.0
V10	aging	1	0	1	1	0.0
V10	weak_organization	1	1	0	0	100.0
V1x	aging_members	1	0	1	0	0.0
>>> status 1
