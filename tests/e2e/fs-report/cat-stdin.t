# cat a.findings b.findings | fs-report: the second header, met inside the
# stream, is skipped; standard input and files together.
$ cat attendance.findings warn.findings | fs-report --findings --as-of 2026-11-27 - others.findings
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
<<< -
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-ratio	violation	secretary	S05	V05	2026	in village 132 of 224 elapsed working days (0.5893); 166 required, the year can no longer reach it	
fs-attendance	attendance.sending-unit-work	violation	secretary	S05	V05	2026	86 working days on the sending unit's work	
fs-attendance	attendance.unrecorded	warning	secretary	S02	V02	2026	6 elapsed working days without a record	
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.helper-overload	warning	helper	H0901			6 poor or monitored households; at most 5	
fs-seal	seal.broken	violation	ledger	rectify.tsv			the chain breaks: the row was edited, deleted, inserted or moved	rectify.tsv:28
fs-attendance	attendance.unrecorded	warning	secretary	S02	V02	2026	6 elapsed working days without a record	
fs-roster	roster.no-mentor	violation	secretary	S02	V02		active, and no mentor_id	roster.tsv:3
fs-funds	funds.idle	warning	village	V03	V03	2025-04-12	support 4000.00 idle since 2025-04-12 (594 days)	funds.tsv:40
fs-rectify	rectify.overdue	violation	item	R-V04-02	V04	2026-10-31	deadline 2026-10-31 passed 27 days ago; not closed	rectify.tsv:9
fs-attendance	attendance.min-ratio	violation	secretary	S05	V05	2026	in village 132 of 224 elapsed working days (0.5893); 166 required, the year can no longer reach it	
fs-attendance	attendance.sending-unit-work	violation	secretary	S05	V05	2026	86 working days on the sending unit's work	
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
fs-audit	audit.gift	violation	secretary	S09	V99	2026-06-03	收下村民送的土鸡两只，价值约 200 元，未退回；按规定应当场退回或上交纪检部门登记处理	conduct.tsv:7
>>> status 1
