# A passed decision with all six stages in order, on time, quorate: no
# problems (exit 0).  The table keeps every column and the input order.
$ fs-audit decisions --as-of 2026-12-31 d.tsv
<<< d.tsv
decision_id	village_id	stage	date	ref	eligible	attendees	votes_for	amount	remark
D1	V01	proposal	2026-01-05	党支部提议				120000.00	修村道
D1	V01	consultation	2026-01-08					120000.00	
D1	V01	review	2026-01-10					120000.00	
D1	V01	resolution	2026-01-15	会议纪要	30	20	11	120000.00	
D1	V01	announce_resolution	2026-01-16					120000.00	
D1	V01	announce_result	2026-04-15					120000.00	same day as due
>>> stdout
decision_id	village_id	stage	date	ref	eligible	attendees	votes_for	amount	remark	problems
D1	V01	proposal	2026-01-05	党支部提议				120000.00	修村道	
D1	V01	consultation	2026-01-08					120000.00		
D1	V01	review	2026-01-10					120000.00		
D1	V01	resolution	2026-01-15	会议纪要	30	20	11	120000.00		
D1	V01	announce_resolution	2026-01-16					120000.00		
D1	V01	announce_result	2026-04-15					120000.00	same day as due	
