# Every invalid row is reported, not only the first; nothing on stdout.
$ fs-check --type attendance a.tsv
<<< a.tsv
secretary_id	date	status

S1	2026-02-29	in_village
S1	2026-01-05	on_leave
S 1	2026-01-05	leave
S1	2026-01-05
S1	2026-01-06	leave	extra
	2026-01-07	leave
S2	2026-01-05	in_village
>>> stderr
fs-check: a.tsv:3: column 'date': no such day (got '2026-02-29')
fs-check: a.tsv:4: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'on_leave')
fs-check: a.tsv:5: column 'secretary_id': id with white space or a control character (got 'S 1')
fs-check: a.tsv:6: 2 fields where the header has 3
fs-check: a.tsv:7: 4 fields where the header has 3
fs-check: a.tsv:8: column 'secretary_id': missing (got '')
>>> status 2
