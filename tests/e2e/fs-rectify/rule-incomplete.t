# rectify.incomplete (violation): measure, responsible or deadline missing,
# closed or not; the detail names what is missing; period is the deadline.
$ fs-rectify --as-of 2026-10-12 --findings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
I1	V1	weak_organization	问题	2026-01-05		王书记	2027-01-31			
I2	V1	weak_organization	问题	2026-01-05	整改措施		2027-01-31			
I3	V1	weak_organization	问题	2026-01-05	整改措施	王书记				
I4	V1	weak_organization	问题	2026-01-05						
I5	V1	weak_organization	问题	2026-01-05		王书记		2026-03-01	记录	镇纪委
I6	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2027-01-31			
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.incomplete	violation	item	I1	V1	2027-01-31	the measure is missing	r.tsv:2
fs-rectify	rectify.incomplete	violation	item	I2	V1	2027-01-31	the responsible person is missing	r.tsv:3
fs-rectify	rectify.incomplete	violation	item	I3	V1		the deadline is missing	r.tsv:4
fs-rectify	rectify.incomplete	violation	item	I4	V1		the measure, the responsible person and the deadline are missing	r.tsv:5
fs-rectify	rectify.incomplete	violation	item	I5	V1		the measure and the deadline are missing	r.tsv:6
>>> status 1
