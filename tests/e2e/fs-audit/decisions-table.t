# The table: every input row plus problems, in input order (decisions
# interleaved); a decision's problems appear on every row of it.
$ fs-audit decisions --as-of 2026-03-01 d.tsv
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
D1	V01	proposal	2026-01-05			
D2	V02	resolution	2026-01-06	30	10	8
D1	V01	resolution	2026-01-20	30	20	15
D2	V02	proposal	2026-01-07			
D1	V01	review	2026-01-10			
D3	V03	proposal	2026-02-01			
>>> stdout
decision_id	village_id	stage	date	eligible	attendees	votes_for	problems
D1	V01	proposal	2026-01-05				audit.missing-stage
D2	V02	resolution	2026-01-06	30	10	8	audit.missing-stage,audit.stage-order,audit.quorum
D1	V01	resolution	2026-01-20	30	20	15	audit.missing-stage
D2	V02	proposal	2026-01-07				audit.missing-stage,audit.stage-order,audit.quorum
D1	V01	review	2026-01-10				audit.missing-stage
D3	V03	proposal	2026-02-01				
>>> status 1
