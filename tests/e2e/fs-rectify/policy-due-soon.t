# rectify.due_soon_days from --policy (30) and from $FS_POLICY (0: due
# soon only on the day itself); exactly that many days is due soon, one more open.
$ fs-rectify --as-of 2026-10-12 --policy p30.tsv r.tsv; FS_POLICY=p0.tsv fs-rectify --as-of 2026-10-26 r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
P1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-26			
P2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-27			
P3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-11-11			
P4	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-11-12			
<<< p30.tsv
key	value
rectify.due_soon_days	30
<<< p0.tsv
key	value
rectify.due_soon_days	0
>>> stdout
item_id	village_id	category	deadline	closed	state	days_overdue
P1	V1	weak_organization	2026-10-26		due_soon	0
P2	V1	weak_organization	2026-10-27		due_soon	0
P3	V1	weak_organization	2026-11-11		due_soon	0
P4	V1	weak_organization	2026-11-12		open	0
item_id	village_id	category	deadline	closed	state	days_overdue
P1	V1	weak_organization	2026-10-26		due_soon	0
P2	V1	weak_organization	2026-10-27		open	0
P3	V1	weak_organization	2026-11-11		open	0
P4	V1	weak_organization	2026-11-12		open	0
