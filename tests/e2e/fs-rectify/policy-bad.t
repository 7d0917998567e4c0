# A bad policy value is an error (exit 2), nothing on stdout.
$ fs-rectify --as-of 2026-10-12 --policy p.tsv r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
P1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-26			
P2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-27			
P3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-11-11			
P4	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-11-12			
<<< p.tsv
key	value
rectify.due_soon_days	-3
>>> stderr
fs-rectify: p.tsv:2: column 'value': not a count (digits) for rectify.due_soon_days (got '-3')
>>> status 2
