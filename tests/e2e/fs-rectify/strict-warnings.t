# Warnings alone (due-soon, closed-late) exit 0; --strict-warnings makes
# them exit 1.
$ fs-rectify --as-of 2026-10-12 r.tsv; echo "exit $?"; fs-rectify --as-of 2026-10-12 --strict-warnings r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
W1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
W2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-01	记录	镇纪委
>>> stdout
item_id	village_id	category	deadline	closed	state	days_overdue
W1	V1	weak_organization	2026-10-20		due_soon	0
W2	V1	weak_organization	2026-06-30	2026-07-01	closed_late	1
exit 0
item_id	village_id	category	deadline	closed	state	days_overdue
W1	V1	weak_organization	2026-10-20		due_soon	0
W2	V1	weak_organization	2026-06-30	2026-07-01	closed_late	1
>>> status 1
