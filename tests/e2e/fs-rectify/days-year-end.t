# days_overdue and the due_soon window count calendar days across a
# year's end and the end of February (SPEC 3.6): overdue from 2026-12-31
# is 1 day on 2027-01-01 and 732 on 2029-01-01; closed 2028-03-01 after
# a deadline of 02-28 is 2 days late in a leap year, 2027-03-01 after
# 02-28 1 day; a year late over a 29 February is 366 days.  From
# 2028-02-25, rectify.due_soon_days (14) reaches 2028-03-10, over the
# 29th: 03-10 is due_soon, 03-11 open; from 2026-12-25 it reaches
# 2027-01-08.
$ fs-rectify --as-of 2027-01-01 r.tsv | grep -e ^item -e ^A1; fs-rectify --as-of 2029-01-01 r.tsv; fs-rectify --as-of 2028-02-25 d.tsv; fs-rectify --as-of 2026-12-25 d.tsv | cut -f 1,4,6
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	x	p	2025-01-01	m	r	2026-12-31			
A2	V1	x	p	2025-01-01	m	r	2028-02-28	2028-03-01	e	v
A3	V1	x	p	2025-01-01	m	r	2027-02-28	2027-03-01	e	v
A4	V1	x	p	2025-01-01	m	r	2027-12-31	2028-12-31	e	v
<<< d.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline
B1	V1	x	p	2025-01-01	m	r	2028-03-10
B2	V1	x	p	2025-01-01	m	r	2028-03-11
B3	V1	x	p	2025-01-01	m	r	2027-01-08
B4	V1	x	p	2025-01-01	m	r	2027-01-09
>>> stdout
item_id	village_id	category	deadline	closed	state	days_overdue
A1	V1	x	2026-12-31		overdue	1
item_id	village_id	category	deadline	closed	state	days_overdue
A1	V1	x	2026-12-31		overdue	732
A2	V1	x	2028-02-28	2028-03-01	closed_late	2
A3	V1	x	2027-02-28	2027-03-01	closed_late	1
A4	V1	x	2027-12-31	2028-12-31	closed_late	366
item_id	village_id	category	deadline	closed	state	days_overdue
B1	V1	x	2028-03-10		due_soon	0
B2	V1	x	2028-03-11		open	0
B3	V1	x	2027-01-08		overdue	413
B4	V1	x	2027-01-09		overdue	412
item_id	deadline	state
B1	2028-03-10	open
B2	2028-03-11	open
B3	2027-01-08	due_soon
B4	2027-01-09	open
