# A count of one in a decision's detail takes the singular: with
# audit.notice_days and audit.result_notice_days 0, an announcement one
# day late is "1 day after" (audit.missing-stage, audit.result-not-public);
# "0 of 1 representative attended" (audit.quorum); "0 of 1 attendee for"
# (audit.not-passed).
$ fs-audit decisions --policy p.tsv --findings --as-of 2026-02-28 d.tsv | cut -f 2,3,5,8
<<< p.tsv
key	value
audit.notice_days	0
audit.result_notice_days	0
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
R1	V01	resolution	2026-02-27	30	20	15
R1	V01	announce_resolution	2026-02-28			
R2	V01	resolution	2026-02-01	30	20	15
R2	V01	announce_resolution	2026-02-01			
R2	V01	announce_result	2026-02-02			
R3	V01	resolution	2026-02-27	30	20	15
Q1	V01	resolution	2026-02-01	1	0	0
Q1	V01	announce_resolution	2026-02-01			
F1	V01	resolution	2026-02-01	3	1	0
F1	V01	announce_resolution	2026-02-01			
F1	V01	announce_result	2026-02-01			
>>> stdout
rule	severity	entity_id	detail
audit.missing-stage	violation	F1	proposal, consultation, review absent while resolution is present
audit.not-passed	violation	F1	the resolution failed (0 of 1 attendee for), yet announce_resolution is present
audit.quorum	violation	F1	1 of 3 representatives attended; 2 required (quorum 0.6667)
audit.missing-stage	violation	Q1	proposal, consultation, review absent while resolution is present
audit.not-passed	violation	Q1	the resolution failed (0 of 0 attendees for), yet announce_resolution is present
audit.quorum	violation	Q1	0 of 1 representative attended; 1 required (quorum 0.6667)
audit.missing-stage	violation	R1	proposal, consultation, review absent while resolution is present
audit.result-not-public	violation	R1	announce_result absent 1 day after the resolution of 2026-02-27; due within 0
audit.missing-stage	violation	R2	proposal, consultation, review absent while resolution is present
audit.result-not-public	violation	R2	announce_result dated 2026-02-02, 1 day after the resolution of 2026-02-01; due within 0
audit.missing-stage	violation	R3	proposal, consultation, review absent while resolution is present; announce_resolution absent 1 day after the resolution of 2026-02-27; due within 0
audit.result-not-public	violation	R3	announce_result absent 1 day after the resolution of 2026-02-27; due within 0
