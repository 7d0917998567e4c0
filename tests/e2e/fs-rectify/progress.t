# --progress: one row per village sorted by village_id (V1 < V10 < V2);
# closed counts closed and closed_late, not unverified; open = total -
# closed; overdue counts overdue items; percent_closed with one decimal,
# half away from zero (1/16 = 6.25 -> 6.3).
$ fs-rectify --as-of 2026-10-12 --progress r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V10	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A2	V10	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
B1	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
B2	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-01	记录	镇纪委
B3	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01		镇纪委
B4	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
B5	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
B6	V2	weak_organization	问题	2026-01-05	整改措施	王书记				
C1	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
C2	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
C3	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D01	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
D02	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D03	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D04	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D05	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D06	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D07	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D08	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D09	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D10	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D11	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D12	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D13	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D14	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D15	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
D16	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
E1	V4	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
E2	V4	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
E3	V4	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
>>> stdout
village_id	total	closed	open	overdue	percent_closed
V1	3	0	3	2	0.0
V10	2	2	0	0	100.0
V2	6	2	4	1	33.3
V3	16	1	15	0	6.3
V4	3	2	1	0	66.7
>>> status 1
