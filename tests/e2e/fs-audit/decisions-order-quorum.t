# audit.stage-order: a stage dated before the previous stage present.
# audit.quorum: attendees < ceil(audit.quorum × eligible) (2/3 of 30 is
# 20; with quorum 0.5, half of 31 is 15.5: 16).  audit.no-vote-record: a
# resolution without eligible, attendees or votes_for (warning).
$ fs-audit decisions --findings --as-of 2026-02-01 d.tsv | grep -v missing-stage; fs-audit decisions --policy half.tsv --findings --as-of 2026-02-01 q.tsv | grep -v missing-stage | cut -f 2,5,8
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
O1	V01	proposal	2026-01-10			
O1	V01	consultation	2026-01-05			
O1	V01	review	2026-01-05			
O1	V01	resolution	2026-01-04	30	20	15
O1	V01	announce_resolution	2026-01-20			
Q19	V01	resolution	2026-01-30	30	19	15
Q20	V01	resolution	2026-01-30	30	20	15
W1	V01	resolution	2026-01-30	30		
W2	V01	resolution	2026-01-30		20	15
<<< half.tsv
key	value
audit.quorum	0.5
<<< q.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
H15	V01	resolution	2026-01-30	31	15	15
H16	V01	resolution	2026-01-30	31	16	15
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.stage-order	violation	decision	O1	V01	2026-01-04	consultation 2026-01-05 dated before proposal 2026-01-10; resolution 2026-01-04 dated before review 2026-01-05	d.tsv:3
fs-audit	audit.quorum	violation	decision	Q19	V01	2026-01-30	19 of 30 representatives attended; 20 required (quorum 0.6667)	d.tsv:7
fs-audit	audit.no-vote-record	warning	decision	W1	V01	2026-01-30	resolution without attendees, votes_for	d.tsv:9
fs-audit	audit.no-vote-record	warning	decision	W2	V01	2026-01-30	resolution without eligible	d.tsv:10
rule	entity_id	detail
audit.quorum	H15	15 of 31 representatives attended; 16 required (quorum 0.5000)
