# rectify.due-soon (warning): not closed, deadline from the as-of date to
# rectify.due_soon_days (14) days later; warnings alone exit 0.
$ fs-rectify --as-of 2026-10-12 --findings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
D1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-12			
D2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-13			
D3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-26			
D4	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-27			
D5	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20	2026-10-01	记录	镇纪委
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.due-soon	warning	item	D1	V1	2026-10-12	deadline 2026-10-12 is today; not closed	r.tsv:2
fs-rectify	rectify.due-soon	warning	item	D2	V1	2026-10-13	deadline 2026-10-13 is in 1 day; not closed	r.tsv:3
fs-rectify	rectify.due-soon	warning	item	D3	V1	2026-10-26	deadline 2026-10-26 is in 14 days; not closed	r.tsv:4
