# Rows of decisions-future-stage.t as of the end of the year: every stage has
# happened, and is judged.
$ fs-audit decisions --as-of 2026-12-31 --findings e.tsv
<<< e.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
D1	V1	proposal	2026-03-02			
D1	V1	consultation	2026-03-06			
D1	V1	review	2026-03-10			
D1	V1	resolution	2026-03-16	31	25	23
D1	V1	announce_resolution	2026-09-01			
D2	V1	consultation	2026-12-01			
D5	V1	proposal	2026-01-02			
D5	V1	consultation	2026-01-06			
D5	V1	review	2026-01-10			
D5	V1	resolution	2026-07-16	31		
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.result-not-public	violation	decision	D1	V1	2026-03-16	announce_result absent 290 days after the resolution of 2026-03-16; due within 90	e.tsv:5
fs-audit	audit.missing-stage	violation	decision	D2	V1		proposal absent while consultation is present	e.tsv:7
fs-audit	audit.missing-stage	violation	decision	D5	V1	2026-07-16	announce_resolution absent 168 days after the resolution of 2026-07-16; due within 7	e.tsv:11
fs-audit	audit.no-vote-record	warning	decision	D5	V1	2026-07-16	resolution without attendees, votes_for	e.tsv:11
fs-audit	audit.result-not-public	warning	decision	D5	V1	2026-07-16	announce_result absent 168 days after the resolution of 2026-07-16; due within 90	e.tsv:11
>>> status 1
