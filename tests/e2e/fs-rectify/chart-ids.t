# --chart without --villages: the village ids are the labels; the title
# carries the as-of date; exit 1 on violations as the table would.
$ fs-rectify --as-of 2026-10-12 --chart r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V01	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
A2	V01	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
B1	V02	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
B2	V02	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
C1	V03	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
C2	V03	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
D1	V04	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
D2	V04	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
E1	V05	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
E2	V05	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
F1	V06	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-01	记录	镇纪委
F2	V06	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
G1	村甲	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-20			
>>> stdout
Rectification progress as of 2026-10-12 (█ = 5% closed)
V01    ████████████████████ 100.0%   2/2  0 overdue
V02    ██████████            50.0%   1/2  1 overdue
V03                           0.0%   0/2  2 overdue
V04    ██████████            50.0%   1/2  0 overdue
V05    ██████████            50.0%   1/2  0 overdue
V06    ██████████            50.0%   1/2  0 overdue
村甲                          0.0%   0/1  0 overdue
total  █████████▎            46.2%  6/13  3 overdue
>>> status 1
