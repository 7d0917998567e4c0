# Stages missing in two gaps: each is said with the first stage present
# after it, not all with the first one's (D1's review is missing because
# of its resolution, not of its consultation).  The source is the row of
# the first stage present after the first one missing.
$ fs-audit decisions --findings --as-of 2026-01-05 d.tsv | cut -f 2,5,8,9
<<< d.tsv
decision_id	village_id	stage	date
D1	V1	consultation	2026-01-02
D1	V1	resolution	2026-01-04
D2	V1	proposal	2026-01-02
D2	V1	review	2026-01-04
D2	V1	announce_result	2026-01-05
>>> stdout
rule	entity_id	detail	source
audit.missing-stage	D1	proposal absent while consultation is present; review absent while resolution is present	d.tsv:2
audit.no-vote-record	D1	resolution without eligible, attendees, votes_for	d.tsv:3
audit.missing-stage	D2	consultation absent while review is present; resolution absent while announce_result is present; announce_resolution absent while announce_result is present	d.tsv:5
