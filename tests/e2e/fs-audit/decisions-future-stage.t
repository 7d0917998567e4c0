# A stage dated after --as-of has not happened as of that day (SPEC 3.7:
# a stage is only missing once something after it is due): it makes no
# stage before it missing (D2), it does not stand for itself (D1's
# announcement, D4's announce_result, D5's resolution: no vote record
# asked of a meeting yet to come), and a finding that names it says so.
# The period stays the resolution's date as written (D1), and the table
# judges alike.
$ fs-audit decisions --as-of 2026-06-14 --findings d.tsv
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
D1	V1	proposal	2026-03-02			
D1	V1	consultation	2026-03-06			
D1	V1	review	2026-03-10			
D1	V1	resolution	2026-03-16	31	25	23
D1	V1	announce_resolution	2026-09-01			
D2	V1	consultation	2026-12-01			
D3	V1	proposal	2026-12-01			
D3	V1	consultation	2026-03-06			
D4	V1	proposal	2026-01-02			
D4	V1	consultation	2026-01-06			
D4	V1	review	2026-01-10			
D4	V1	resolution	2026-01-16	31	25	23
D4	V1	announce_resolution	2026-01-18			
D4	V1	announce_result	2026-12-18			
D5	V1	proposal	2026-01-02			
D5	V1	consultation	2026-01-06			
D5	V1	review	2026-01-10			
D5	V1	resolution	2026-07-16	31		
D6	V1	proposal	2026-06-14			
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.missing-stage	violation	decision	D1	V1	2026-03-16	announce_resolution (dated 2026-09-01, after the as-of date) absent 90 days after the resolution of 2026-03-16; due within 7	d.tsv:5
fs-audit	audit.missing-stage	violation	decision	D3	V1		proposal (dated 2026-12-01, after the as-of date) absent while consultation is present	d.tsv:9
fs-audit	audit.result-not-public	warning	decision	D4	V1	2026-01-16	announce_result (dated 2026-12-18, after the as-of date) absent 149 days after the resolution of 2026-01-16; due within 90	d.tsv:13
>>> status 1
