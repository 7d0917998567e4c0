# A ledger with nothing wrong: exit 0 and no findings.
$ fs-rectify --as-of 2026-10-12 --findings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
C1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-12-31			
C2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
