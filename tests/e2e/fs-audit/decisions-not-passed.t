# A decision passes when votes_for × 2 > attendees.  A failed decision
# ends at its resolution: no later stage is due (no missing-stage, no
# result-not-public however late), and a later stage present is
# audit.not-passed.  A resolution without vote figures counts as passed.
$ fs-audit decisions --findings --as-of 2026-12-31 d.tsv | cut -f 2,3,5,7,8,9
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
F1	V01	proposal	2026-01-01			
F1	V01	consultation	2026-01-02			
F1	V01	review	2026-01-03			
F1	V01	resolution	2026-01-04	30	20	10
F2	V01	proposal	2026-01-01			
F2	V01	consultation	2026-01-02			
F2	V01	review	2026-01-03			
F2	V01	resolution	2026-01-04	30	20	10
F2	V01	announce_result	2026-01-09			
P1	V01	proposal	2026-01-01			
P1	V01	consultation	2026-01-02			
P1	V01	review	2026-01-03			
P1	V01	resolution	2026-01-04	30	21	11
P1	V01	announce_resolution	2026-01-05			
P1	V01	announce_result	2026-01-06			
>>> stdout
rule	severity	entity_id	period	detail	source
audit.not-passed	violation	F2	2026-01-04	the resolution failed (10 of 20 attendees for), yet announce_result is present	d.tsv:10
