# cat a.findings b.findings | fs-report: the second header, met inside the
# stream, is skipped; standard input and files together.
$ cat attendance.findings warn.findings | fs-report --findings --as-of 2026-11-27 - others.findings
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< -
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-ratio	violation	secretary	S05	V05	2026	in village 132 of 224 working days so far (0.5893); 166 required of 248, at most 156 still possible	
fs-attendance	attendance.sending-unit-work	violation	secretary	S05	V05	2026	86 working days doing work for the sending unit	
fs-attendance	attendance.unrecorded	warning	secretary	S02	V02	2026	no record for 6 of 224 working days so far	
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.helper-overload	warning	helper	H0901			linked to 6 poor or monitored households, more than 5	
fs-seal	seal.broken	violation	ledger	rectify.tsv			the chain breaks at line 28: seal does not match (a row edited, inserted, deleted or moved)	rectify.tsv:28
fs-attendance	attendance.unrecorded	warning	secretary	S02	V02	2026	no record for 6 of 224 working days so far	
fs-roster	roster.no-mentor	violation	secretary	S02	V02		serving in V02 with no mentor_id (township committee member assigned one-to-one)	roster.tsv:3
fs-funds	funds.idle	warning	village	V03	V03	2025-04-12	support: 4000.00 held unspent since 2025-04-12, 594 days (more than 365)	
fs-rectify	rectify.overdue	violation	item	R-V04-02	V04	2026-10-31	deadline 2026-10-31 passed 27 days ago; not closed	rectify.tsv:9
fs-attendance	attendance.min-ratio	violation	secretary	S05	V05	2026	in village 132 of 224 working days so far (0.5893); 166 required of 248, at most 156 still possible	
fs-attendance	attendance.sending-unit-work	violation	secretary	S05	V05	2026	86 working days doing work for the sending unit	
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
fs-audit	audit.gift	violation	secretary	S09	V99	2026-06-03	gift not returned (settled: no, amount 200.00)	conduct.tsv:7
>>> status 1
