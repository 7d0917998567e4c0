# A row refused for its village leaves nothing behind: the resolution
# D1 gives in V02 (line 5) is invalid, and the one it then gives in V01
# (line 6) is its resolution, not a repeat of the refused row, so D1 has
# every stage it needs and no finding.  fs-check says the same.  A row
# that repeats a stage taken (line 7, a review in V02) is reported as a
# repeat, whatever its village.
$ fs-audit decisions --findings --as-of 2026-01-10 --rejects rj.tsv d.tsv; echo "exit $?"; cut -f 1,2 rj.tsv; fs-check --type decisions d.tsv; echo "exit $?"
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
D1	V01	proposal	2026-01-01			
D1	V01	consultation	2026-01-02			
D1	V01	review	2026-01-03			
D1	V02	resolution	2026-01-04	30	20	15
D1	V01	resolution	2026-01-04	30	20	15
D1	V02	review	2026-01-04			
D1	V01	announce_resolution	2026-01-05			
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 3
source	reason
d.tsv:5	column 'village_id': the decision is in village 'V01' at d.tsv:2 (got 'V02')
d.tsv:7	the same decision_id and stage as d.tsv:4 (got 'D1')
exit 2
>>> stderr
fs-audit: 2 invalid rows written to rj.tsv
fs-check: d.tsv:5: column 'village_id': the decision is in village 'V01' at d.tsv:2 (got 'V02')
fs-check: d.tsv:7: the same decision_id and stage as d.tsv:4 (got 'D1')
