# The README's pipeline: the overdue items, most days overdue first.
$ fs-rectify --as-of 2026-10-12 r.tsv | awk -F'\t' '$6 == "overdue"' | sort -t"$(printf '\t')" -k7,7nr
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-01			
A2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-12-01			
A3	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-05-15			
A4	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-11			
A5	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
>>> stdout
A3	V2	weak_organization	2026-05-15		overdue	150
A4	V3	weak_organization	2026-09-11		overdue	31
A1	V1	weak_organization	2026-10-01		overdue	11
