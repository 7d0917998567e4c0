# Decisions: a stage once per decision; votes and attendance possible.
$ fs-check --type decisions d.tsv
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
D1	V01	proposal	2026-03-01			
D1	V01	resolution	2026-03-20	30	25	20
D1	V01	proposal	2026-03-02			
D2	V01	resolution	2026-03-20	30	31	20
D3	V01	resolution	2026-03-20	30	20	21
>>> stderr
fs-check: d.tsv:4: the same decision_id and stage as d.tsv:2 (got 'D1')
fs-check: d.tsv:5: column 'attendees': more attendees than eligible representatives (got '31')
fs-check: d.tsv:6: column 'votes_for': more votes for than attendees (got '21')
>>> status 2
