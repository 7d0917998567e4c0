# Warnings alone (a resolution without vote figures, counted as passed;
# a result made public a little late) exit 0; --strict-warnings exit 1.
$ fs-audit decisions --as-of 2026-12-31 d.tsv; echo "exit $?"; fs-audit decisions --strict-warnings --findings --as-of 2026-12-31 d.tsv; echo "exit $?"
<<< d.tsv
decision_id	village_id	stage	date
D1	V01	proposal	2026-01-05
D1	V01	consultation	2026-01-08
D1	V01	review	2026-01-10
D1	V01	resolution	2026-01-15
D1	V01	announce_resolution	2026-01-16
D1	V01	announce_result	2026-05-01
>>> stdout
decision_id	village_id	stage	date	problems
D1	V01	proposal	2026-01-05	audit.result-not-public,audit.no-vote-record
D1	V01	consultation	2026-01-08	audit.result-not-public,audit.no-vote-record
D1	V01	review	2026-01-10	audit.result-not-public,audit.no-vote-record
D1	V01	resolution	2026-01-15	audit.result-not-public,audit.no-vote-record
D1	V01	announce_resolution	2026-01-16	audit.result-not-public,audit.no-vote-record
D1	V01	announce_result	2026-05-01	audit.result-not-public,audit.no-vote-record
exit 0
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.no-vote-record	warning	decision	D1	V01	2026-01-15	resolution without eligible, attendees, votes_for	d.tsv:5
fs-audit	audit.result-not-public	warning	decision	D1	V01	2026-01-15	announce_result dated 2026-05-01, 106 days after the resolution of 2026-01-15; due within 90	d.tsv:7
exit 1
