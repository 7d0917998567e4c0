# A findings stream is a format too: severity and period are checked.
$ fs-check --type findings f.tsv
<<< f.tsv
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.idle	warning	village	V01	V01	2025-01-02	support 100.00 idle	
fs-attendance	attendance.min-ratio	violation	secretary	S1	V01	2026	in village 140 of 248 working days	
fs-attendance	attendance.month-short	violation	secretary	S1	V01	2026-13	x	
fs-attendance	attendance.min-ratio	fatal	secretary	S1	V01	2026	x	
>>> stderr
fs-check: f.tsv:4: column 'period': not a period (YYYY, YYYY-MM or a date) (got '2026-13')
fs-check: f.tsv:5: column 'severity': not one of: violation, warning (got 'fatal')
>>> status 2
