# A findings stream is a format too: severity and period are checked.
# A period of the right form that is no month or no day says so.
$ fs-check --type findings f.tsv
<<< f.tsv
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.idle	warning	village	V01	V01	2025-01-02	support 100.00 idle	
fs-attendance	attendance.min-ratio	violation	secretary	S1	V01	2026	in village 140 of 248 working days	
fs-attendance	attendance.month-short	violation	secretary	S1	V01	2026-13	x	
fs-attendance	attendance.min-ratio	fatal	secretary	S1	V01	2026	x	
fs-attendance	attendance.unrecorded	warning	secretary	S1	V01	2026-02-29	x	
fs-attendance	attendance.unrecorded	warning	secretary	S1	V01	2026-2-28	x	
>>> stderr
fs-check: f.tsv:4: column 'period': no such month (got '2026-13')
fs-check: f.tsv:5: column 'severity': not one of: violation, warning (got 'fatal')
fs-check: f.tsv:6: column 'period': no such day (got '2026-02-29')
fs-check: f.tsv:7: column 'period': not a period (YYYY, YYYY-MM or a date) (got '2026-2-28')
>>> status 2
