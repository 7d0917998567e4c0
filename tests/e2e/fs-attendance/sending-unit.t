# attendance.sending-unit-work: any elapsed working day doing work for the
# sending unit is a violation (exit 1); it counts as an absence too.
# attendance.unrecorded: elapsed working days without a record, a warning.
$ fs-attendance --calendar none --as-of 2026-01-09 --findings a.tsv; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-01-01	in_village
S1	2026-01-02	sending_unit
S1	2026-01-05	in_village
S1	2026-01-06	in_village
S1	2026-01-07	in_village
S1	2026-01-08	in_village
S1	2026-01-09	in_village
S2	2026-01-01	in_village
S2	2026-01-02	sending_unit
S2	2026-01-05	sending_unit
S2	2026-01-06	in_village
S2	2026-01-07	in_village
S2	2026-01-08	in_village
S2	2026-01-09	in_village
S3	2026-01-01	in_village
S3	2026-01-02	in_village
S3	2026-01-06	in_village
S3	2026-01-07	in_village
S3	2026-01-09	in_village
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.sending-unit-work	violation	secretary	S1		2026	1 working day doing work for the sending unit	
fs-attendance	attendance.sending-unit-work	violation	secretary	S2		2026	2 working days doing work for the sending unit	
fs-attendance	attendance.unrecorded	warning	secretary	S3		2026	no record for 2 of 7 working days so far	
exit 1
