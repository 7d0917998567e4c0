# The day map tells ids apart by all their bytes: ids of 16 bytes and
# more that share their first 16, each with its own days.
$ fs-check --jobs 1 -t attendance --rejects rej.tsv a.tsv; cat rej.tsv
<<< a.tsv
secretary_id	date	status
S2345678901234567890	2026-01-05	leave
S234567890123456789X	2026-01-05	in_village
S2345678901234567890	2026-01-05	in_village
S234567890123456	2026-01-06	leave
S234567890123457	2026-01-06	leave
S234567890123456	2026-01-06	absent
S2345678901234567	2026-01-06	absent
>>> stdout
file	type	rows	invalid
a.tsv	attendance	7	2
source	reason	secretary_id	date	status
a.tsv:4	conflicts with 'leave' at a.tsv:2 for the same secretary_id and date (got 'in_village')	S2345678901234567890	2026-01-05	in_village
a.tsv:7	conflicts with 'leave' at a.tsv:5 for the same secretary_id and date (got 'absent')	S234567890123456	2026-01-06	absent
>>> stderr
fs-check: 2 invalid rows written to rej.tsv
