# --rejects keeps every invalid row as read, with source and reason; exit 3.
$ fs-check --type attendance --rejects bad.tsv a.tsv; echo "exit $?"; cat bad.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	2026-13-05	in_village
S1	2026-01-06
S2	2026-01-05	absent
>>> stdout
file	type	rows	invalid
a.tsv	attendance	4	2
exit 3
source	reason	secretary_id	date	status
a.tsv:3	column 'date': no such day (got '2026-13-05')	S1	2026-13-05	in_village
a.tsv:4	2 fields where the header has 3	S1	2026-01-06
>>> stderr
fs-check: 2 invalid rows written to bad.tsv
