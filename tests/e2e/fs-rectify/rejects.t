# --rejects keeps every invalid row (bad dates, field count, a missing
# required value) and judges the rest; exit 3 wins over 1; --progress too.
$ fs-rectify --as-of 2026-10-12 --rejects bad.tsv --progress r.tsv; echo "exit $?"; cat bad.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
A2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-13-01			
A3	V1	c
A4	V1	weak_organization	问题		整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A5	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A6	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-30	yesterday		
>>> stdout
village_id	total	closed	open	overdue	percent_closed
V1	1	0	1	1	0.0
V2	1	1	0	0	100.0
exit 3
source	reason	item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
r.tsv:3	column 'deadline': no such day (got '2026-13-01')	A2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-13-01			
r.tsv:4	3 fields where the header has 11	A3	V1	c
r.tsv:5	column 'opened': missing (got '')	A4	V1	weak_organization	问题		整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
r.tsv:7	column 'closed': not a date (YYYY-MM-DD) (got 'yesterday')	A6	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-30	yesterday		
>>> stderr
fs-rectify: 4 invalid rows written to bad.tsv
