# rectify.closed-late (warning): closed after its deadline, verified or
# not; closed on the deadline is on time.
$ fs-rectify --as-of 2026-10-12 --findings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
L1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-30	记录	镇纪委
L2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-01	记录	镇纪委
L3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-20	记录	镇纪委
L4	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-20		镇纪委
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.closed-late	warning	item	L2	V1	2026-06-30	closed 2026-07-01, 1 day after the deadline 2026-06-30	r.tsv:3
fs-rectify	rectify.closed-late	warning	item	L3	V1	2026-06-30	closed 2026-07-20, 20 days after the deadline 2026-06-30	r.tsv:4
fs-rectify	rectify.closed-late	warning	item	L4	V2	2026-06-30	closed 2026-07-20, 20 days after the deadline 2026-06-30	r.tsv:5
fs-rectify	rectify.unverified	violation	item	L4	V2	2026-06-30	closed 2026-07-20 with no evidence	r.tsv:5
>>> status 1
