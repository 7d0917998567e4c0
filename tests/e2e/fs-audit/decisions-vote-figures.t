# audit.no-vote-record names each vote figure a resolution lacks, one at
# a time: V1 has eligible and attendees but no votes_for, V2 eligible
# and votes_for but no attendees.  Without attendees there is no telling
# a failed vote, so V2's votes_for of 0 is not audit.not-passed: it
# counts as passed, and its announcements are due, not out of place.
$ fs-audit decisions --findings --as-of 2026-12-31 d.tsv | cut -f 2,3,5,7,8,9
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
V1	V01	proposal	2026-01-01			
V1	V01	consultation	2026-01-02			
V1	V01	review	2026-01-03			
V1	V01	resolution	2026-01-04	30	20	
V1	V01	announce_resolution	2026-01-05			
V1	V01	announce_result	2026-01-06			
V2	V01	proposal	2026-01-01			
V2	V01	consultation	2026-01-02			
V2	V01	review	2026-01-03			
V2	V01	resolution	2026-01-04	30		0
V2	V01	announce_resolution	2026-01-05			
V2	V01	announce_result	2026-01-06			
>>> stdout
rule	severity	entity_id	period	detail	source
audit.no-vote-record	warning	V1	2026-01-04	resolution without votes_for	d.tsv:5
audit.no-vote-record	warning	V2	2026-01-04	resolution without attendees	d.tsv:11
