# Every state, first match wins, input order kept; the boundaries:
# due today is due_soon, not overdue; closed on the deadline is closed;
# due in exactly rectify.due_soon_days (14) days is due_soon, 15 is open.
# Violations give exit 1 even without --findings.
$ fs-rectify --as-of 2026-10-12 r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
S10	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-05-01		乡纪委
S01	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-12			
S02	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-26			
S03	V1	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-27			
S04	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-10-11			
S11	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-01		照片	
S05	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-06-30	会议记录	乡纪委
S06	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-01	会议记录	乡纪委
S07	V3	weak_organization	问题	2026-01-05	整改措施	王书记		2026-06-30	会议记录	乡纪委
S08	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-06-30	2026-07-10	会议记录	
S09	V3	weak_organization	问题	2026-01-05	整改措施	王书记				
>>> stdout
item_id	village_id	category	deadline	closed	state	days_overdue
S10	V1	weak_organization	2026-06-30	2026-05-01	unverified	0
S01	V1	weak_organization	2026-10-12		due_soon	0
S02	V1	weak_organization	2026-10-26		due_soon	0
S03	V1	weak_organization	2026-10-27		open	0
S04	V2	weak_organization	2026-10-11		overdue	1
S11	V2	weak_organization	2026-09-01		overdue	41
S05	V2	weak_organization	2026-06-30	2026-06-30	closed	0
S06	V2	weak_organization	2026-06-30	2026-07-01	closed_late	1
S07	V3	weak_organization		2026-06-30	closed	0
S08	V3	weak_organization	2026-06-30	2026-07-10	unverified	0
S09	V3	weak_organization			open	0
>>> status 1
