# rectify.date-order (violation): the deadline or the closed date earlier
# than the opened date; the same day is in order.
$ fs-rectify --as-of 2026-10-12 --findings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
X1	V1	weak_organization	问题	2026-03-01	整改措施	王书记	2026-02-28			
X2	V1	weak_organization	问题	2026-03-01	整改措施	王书记	2026-12-31	2026-02-01	记录	镇纪委
X3	V1	weak_organization	问题	2026-03-01	整改措施	王书记	2026-01-31	2026-02-01	记录	镇纪委
X4	V1	weak_organization	问题	2026-03-01	整改措施	王书记	2026-03-01	2026-03-01	记录	镇纪委
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.date-order	violation	item	X1	V1	2026-02-28	deadline 2026-02-28 is 1 day before opened 2026-03-01	r.tsv:2
fs-rectify	rectify.overdue	violation	item	X1	V1	2026-02-28	deadline 2026-02-28 passed 226 days ago; not closed	r.tsv:2
fs-rectify	rectify.date-order	violation	item	X2	V1	2026-12-31	closed 2026-02-01 is 28 days before opened 2026-03-01	r.tsv:3
fs-rectify	rectify.closed-late	warning	item	X3	V1	2026-01-31	closed 2026-02-01, 1 day after the deadline 2026-01-31	r.tsv:4
fs-rectify	rectify.date-order	violation	item	X3	V1	2026-01-31	deadline 2026-01-31 and closed 2026-02-01 are before opened 2026-03-01	r.tsv:4
>>> status 1
