# audit.result-not-public: a passed decision's announce_result absent, or
# dated, more than audit.result_notice_days (90) after the resolution is
# a warning; more than twice that (180), a violation.
$ fs-audit decisions --findings --as-of 2026-07-01 d.tsv | grep -v missing-stage | cut -f 2,3,5,7,8
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
A90	V01	resolution	2026-04-02	30	20	15
A90	V01	announce_resolution	2026-04-02			
A91	V01	resolution	2026-04-01	30	20	15
A91	V01	announce_resolution	2026-04-02			
A180	V01	resolution	2026-01-02	30	20	15
A180	V01	announce_resolution	2026-01-02			
A181	V01	resolution	2026-01-01	30	20	15
A181	V01	announce_resolution	2026-01-02			
P90	V01	resolution	2025-01-01	30	20	15
P90	V01	announce_resolution	2025-01-02			
P90	V01	announce_result	2025-04-01			
P91	V01	resolution	2025-01-01	30	20	15
P91	V01	announce_resolution	2025-01-02			
P91	V01	announce_result	2025-04-02			
P181	V01	resolution	2025-01-01	30	20	15
P181	V01	announce_resolution	2025-01-02			
P181	V01	announce_result	2025-07-01			
>>> stdout
rule	severity	entity_id	period	detail
audit.result-not-public	warning	A180	2026-01-02	announce_result absent 180 days after the resolution of 2026-01-02; due within 90
audit.result-not-public	violation	A181	2026-01-01	announce_result absent 181 days after the resolution of 2026-01-01; due within 90
audit.result-not-public	warning	A91	2026-04-01	announce_result absent 91 days after the resolution of 2026-04-01; due within 90
audit.result-not-public	violation	P181	2025-01-01	announce_result dated 2025-07-01, 181 days after the resolution of 2025-01-01; due within 90
audit.result-not-public	warning	P91	2025-01-01	announce_result dated 2025-04-02, 91 days after the resolution of 2025-01-01; due within 90
