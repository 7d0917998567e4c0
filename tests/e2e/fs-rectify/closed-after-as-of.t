# A closed date after the as-of date is a closure still to come: on the
# as-of date the item is not closed, and is judged by its deadline
# (overdue, due_soon or open); the closed date is still written, and
# the finding says why it was not taken.  Closed on the as-of date is
# closed.  Progress counts such an item as open.  So a ledger judged as
# of an earlier day gives the state of that day.
$ fs-rectify --as-of 2026-10-12 --findings r.tsv; echo "exit $?"; fs-rectify --as-of 2026-10-12 r.tsv; fs-rectify --as-of 2026-10-12 --progress r.tsv; fs-rectify --as-of 2026-12-31 r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
F1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30	2026-11-01	会议记录	乡纪委
F2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20	2026-10-13	会议记录	乡纪委
F3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-12-31	2026-12-01		
F4	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30	2026-10-12	会议记录	乡纪委
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.overdue	violation	item	F1	V1	2026-09-30	deadline 2026-09-30 passed 12 days ago; not closed (closed 2026-11-01 is after the as-of date)	r.tsv:2
fs-rectify	rectify.due-soon	warning	item	F2	V1	2026-10-20	deadline 2026-10-20 is in 8 days; not closed (closed 2026-10-13 is after the as-of date)	r.tsv:3
fs-rectify	rectify.closed-late	warning	item	F4	V1	2026-09-30	closed 2026-10-12, 12 days after the deadline 2026-09-30	r.tsv:5
exit 1
item_id	village_id	category	deadline	closed	state	days_overdue
F1	V1	weak_organization	2026-09-30	2026-11-01	overdue	12
F2	V1	weak_organization	2026-10-20	2026-10-13	due_soon	0
F3	V1	weak_organization	2026-12-31	2026-12-01	open	0
F4	V1	weak_organization	2026-09-30	2026-10-12	closed_late	12
village_id	total	closed	open	overdue	percent_closed
V1	4	1	3	1	25.0
item_id	village_id	category	deadline	closed	state	days_overdue
F1	V1	weak_organization	2026-09-30	2026-11-01	closed_late	32
F2	V1	weak_organization	2026-10-20	2026-10-13	closed	0
F3	V1	weak_organization	2026-12-31	2026-12-01	unverified	0
F4	V1	weak_organization	2026-09-30	2026-10-12	closed_late	12
>>> status 1
