# rectify.unverified (violation): closed with evidence or verified_by
# missing ("rectify one, close one" needs proof).
$ fs-rectify --as-of 2026-10-12 --findings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
U1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01		镇纪委
U2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	
U3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01		
U4	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
U5	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30		记录	
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.unverified	violation	item	U1	V1	2026-06-30	closed 2026-06-01 with no evidence	r.tsv:2
fs-rectify	rectify.unverified	violation	item	U2	V1	2026-06-30	closed 2026-06-01 with no verified_by	r.tsv:3
fs-rectify	rectify.unverified	violation	item	U3	V1	2026-06-30	closed 2026-06-01 with no evidence and no verified_by	r.tsv:4
fs-rectify	rectify.overdue	violation	item	U5	V1	2026-06-30	deadline 2026-06-30 passed 104 days ago; not closed	r.tsv:6
>>> status 1
