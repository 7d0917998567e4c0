# Days after a resolution are calendar days over a year's end and a 29
# February: the result made public 90 days after 2027-12-01 is on
# 2028-02-29 (in time), after 2026-12-01 on 2027-03-01; a day later is
# audit.result-not-public (warning); 180 days after 2027-09-01 is
# 2028-02-28 (a warning), 181 on the 29th (a violation).  A resolution of
# 2026-12-28 needs its announcement by 2027-01-04 (audit.notice_days, 7):
# absent on the 4th it is not yet missing, on the 5th it is.
$ fs-audit decisions --as-of 2028-12-31 --findings d.tsv | cut -f 2,3,5,7,8; for a in 2027-01-04 2027-01-05; do echo "as of $a"; fs-audit decisions --as-of $a --findings n.tsv | cut -f 2,5,8; done
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
A	V01	proposal	2027-12-01			
A	V01	consultation	2027-12-01			
A	V01	review	2027-12-01			
A	V01	resolution	2027-12-01	30	20	15
A	V01	announce_resolution	2027-12-01			
A	V01	announce_result	2028-02-29			
B	V01	proposal	2027-12-01			
B	V01	consultation	2027-12-01			
B	V01	review	2027-12-01			
B	V01	resolution	2027-12-01	30	20	15
B	V01	announce_resolution	2027-12-01			
B	V01	announce_result	2028-03-01			
C	V01	proposal	2026-12-01			
C	V01	consultation	2026-12-01			
C	V01	review	2026-12-01			
C	V01	resolution	2026-12-01	30	20	15
C	V01	announce_resolution	2026-12-01			
C	V01	announce_result	2027-03-01			
D	V01	proposal	2026-12-01			
D	V01	consultation	2026-12-01			
D	V01	review	2026-12-01			
D	V01	resolution	2026-12-01	30	20	15
D	V01	announce_resolution	2026-12-01			
D	V01	announce_result	2027-03-02			
E	V01	proposal	2027-09-01			
E	V01	consultation	2027-09-01			
E	V01	review	2027-09-01			
E	V01	resolution	2027-09-01	30	20	15
E	V01	announce_resolution	2027-09-01			
E	V01	announce_result	2028-02-28			
F	V01	proposal	2027-09-01			
F	V01	consultation	2027-09-01			
F	V01	review	2027-09-01			
F	V01	resolution	2027-09-01	30	20	15
F	V01	announce_resolution	2027-09-01			
F	V01	announce_result	2028-02-29			
<<< n.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
N	V01	proposal	2026-12-01			
N	V01	consultation	2026-12-02			
N	V01	review	2026-12-03			
N	V01	resolution	2026-12-28	30	20	15
>>> stdout
rule	severity	entity_id	period	detail
audit.result-not-public	warning	B	2027-12-01	announce_result dated 2028-03-01, 91 days after the resolution of 2027-12-01; due within 90
audit.result-not-public	warning	D	2026-12-01	announce_result dated 2027-03-02, 91 days after the resolution of 2026-12-01; due within 90
audit.result-not-public	warning	E	2027-09-01	announce_result dated 2028-02-28, 180 days after the resolution of 2027-09-01; due within 90
audit.result-not-public	violation	F	2027-09-01	announce_result dated 2028-02-29, 181 days after the resolution of 2027-09-01; due within 90
as of 2027-01-04
rule	entity_id	detail
as of 2027-01-05
rule	entity_id	detail
audit.missing-stage	N	announce_resolution absent 8 days after the resolution of 2026-12-28; due within 7
