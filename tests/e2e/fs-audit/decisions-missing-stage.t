# audit.missing-stage: one of the first four stages absent while a later
# one is present; announce_resolution absent more than audit.notice_days
# after a passed resolution, or while announce_result is present.  A
# decision under way is not missing anything yet.
$ fs-audit decisions --findings --as-of 2026-03-01 d.tsv
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
U1	V01	proposal	2026-01-05			
U1	V01	consultation	2026-01-08			
M1	V01	proposal	2026-01-05			
M1	V01	review	2026-01-10			
M2	V01	announce_result	2026-02-10			
N7	V02	proposal	2026-02-01			
N7	V02	consultation	2026-02-02			
N7	V02	review	2026-02-03			
N7	V02	resolution	2026-02-22	30	20	15
N8	V02	proposal	2026-02-01			
N8	V02	consultation	2026-02-02			
N8	V02	review	2026-02-03			
N8	V02	resolution	2026-02-21	30	20	15
R1	V02	proposal	2026-02-01			
R1	V02	consultation	2026-02-02			
R1	V02	review	2026-02-03			
R1	V02	resolution	2026-02-04	30	20	15
R1	V02	announce_result	2026-02-20			
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.missing-stage	violation	decision	M1	V01		consultation absent while review is present	d.tsv:5
fs-audit	audit.missing-stage	violation	decision	M2	V01		proposal, consultation, review, resolution absent while announce_result is present; announce_resolution absent while announce_result is present	d.tsv:6
fs-audit	audit.missing-stage	violation	decision	N8	V02	2026-02-21	announce_resolution absent 8 days after the resolution of 2026-02-21; due within 7	d.tsv:14
fs-audit	audit.missing-stage	violation	decision	R1	V02	2026-02-04	announce_resolution absent while announce_result is present	d.tsv:19
>>> status 1
