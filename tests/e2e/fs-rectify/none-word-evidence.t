# Evidence or a verifier that is a word for "none" (无, 待定) is none: the
# closed item is unverified, as with empty cells; 会议记录 is evidence.
# A measure and a responsible person of 无 and 暂无 are none: incomplete.
# So is 无 with a space after it, as a clerk leaves a cell (I5).
$ fs-rectify --findings --as-of 2026-06-30 r.tsv; echo "exit $?"
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
I1	V1	weak_organization	no meetings	2026-01-05	monthly meetings	Li	2026-03-01	2026-02-01	无	Wang
I2	V1	weak_organization	no meetings	2026-01-05	monthly meetings	Li	2026-03-01	2026-02-01	会议记录	待定
I3	V1	weak_organization	no meetings	2026-01-05	monthly meetings	Li	2026-03-01	2026-02-01	会议记录	Wang
I4	V1	weak_organization	no meetings	2026-01-05	无	暂无	2026-03-01			
I5	V1	weak_organization	no meetings	2026-01-05	monthly meetings	Li	2026-03-01	2026-02-01	无 	Wang
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.unverified	violation	item	I1	V1	2026-03-01	closed 2026-02-01 with no evidence	r.tsv:2
fs-rectify	rectify.unverified	violation	item	I2	V1	2026-03-01	closed 2026-02-01 with no verified_by	r.tsv:3
fs-rectify	rectify.incomplete	violation	item	I4	V1	2026-03-01	the measure and the responsible person are missing	r.tsv:5
fs-rectify	rectify.overdue	violation	item	I4	V1	2026-03-01	deadline 2026-03-01 passed 121 days ago; not closed	r.tsv:5
fs-rectify	rectify.unverified	violation	item	I5	V1	2026-03-01	closed 2026-02-01 with no evidence	r.tsv:6
exit 1
