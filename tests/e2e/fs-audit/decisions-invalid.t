# A stage given twice for one decision, or a decision in two villages, is
# an invalid row: exit 2 and nothing on stdout, or --rejects (exit 3).
$ fs-audit decisions --as-of 2026-03-01 d.tsv; echo "exit $?"; fs-audit decisions --rejects rj.tsv --as-of 2026-03-01 d.tsv; echo "exit $?"; cut -f 1,2 rj.tsv
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
D1	V01	proposal	2026-01-05			
D1	V01	proposal	2026-01-06			
D1	V02	consultation	2026-01-07			
D1	V01	resolution	2026-01-08	20	25	10
D1	V01	review	2026-01-09			
>>> stdout
exit 2
decision_id	village_id	stage	date	eligible	attendees	votes_for	problems
D1	V01	proposal	2026-01-05				audit.missing-stage
D1	V01	review	2026-01-09				audit.missing-stage
exit 3
source	reason
d.tsv:3	the same decision_id and stage as d.tsv:2 (got 'D1')
d.tsv:4	column 'village_id': the decision is in village 'V01' at d.tsv:2 (got 'V02')
d.tsv:5	column 'attendees': more attendees than eligible representatives (got '25')
>>> stderr
fs-audit: d.tsv:3: the same decision_id and stage as d.tsv:2 (got 'D1')
fs-audit: 3 invalid rows written to rj.tsv
