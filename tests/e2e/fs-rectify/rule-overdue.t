# rectify.overdue (violation): not closed, deadline before the as-of date;
# an unverified closure past its deadline is not overdue (rectify.unverified
# fires instead).
$ fs-rectify --as-of 2026-10-12 --findings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
O1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-11			
O2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
O3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-12			
O4	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30	2026-10-01	记录	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.overdue	violation	item	O1	V1	2026-10-11	deadline 2026-10-11 passed 1 day ago; not closed	r.tsv:2
fs-rectify	rectify.overdue	violation	item	O2	V1	2026-09-30	deadline 2026-09-30 passed 12 days ago; not closed	r.tsv:3
fs-rectify	rectify.due-soon	warning	item	O3	V1	2026-10-12	deadline 2026-10-12 is today; not closed	r.tsv:4
fs-rectify	rectify.closed-late	warning	item	O4	V1	2026-09-30	closed 2026-10-01, 1 day after the deadline 2026-09-30	r.tsv:5
fs-rectify	rectify.unverified	violation	item	O4	V1	2026-09-30	closed 2026-10-01 with no verified_by	r.tsv:5
>>> status 1
