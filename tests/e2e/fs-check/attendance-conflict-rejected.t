# The earlier row a conflict names is one the day map took: a line with
# the same secretary_id, date and status that was itself rejected (a
# field too many, invalid UTF-8) is not it, and the rejects file does
# not point one rejected line at another.
$ fs-check --type attendance a.tsv; fs-attendance --as-of 2026-06-30 --calendar none --rejects r.tsv a.tsv > /dev/null; echo "exit $?"; cat r.tsv
<<< a.tsv
secretary_id	date	status	note
S1	2026-01-05	in_village	bad	extra
S1	2026-01-06	in_village	ÿ
S1	2026-01-05	in_village	ok
S1	2026-01-06	in_village	ok
S1	2026-01-05	absent	ok
S1	2026-01-06	absent	ok
>>> stdout
exit 3
source	reason	secretary_id	date	status	note
a.tsv:2	5 fields where the header has 4	S1	2026-01-05	in_village	bad	extra
a.tsv:3	invalid UTF-8 in the line	S1	2026-01-06	in_village	ÿ
a.tsv:6	conflicts with 'in_village' at a.tsv:4 for the same secretary_id and date (got 'absent')	S1	2026-01-05	absent	ok
a.tsv:7	conflicts with 'in_village' at a.tsv:5 for the same secretary_id and date (got 'absent')	S1	2026-01-06	absent	ok
>>> stderr
fs-check: a.tsv:2: 5 fields where the header has 4
fs-check: a.tsv:3: invalid UTF-8 in the line
fs-check: a.tsv:6: conflicts with 'in_village' at a.tsv:4 for the same secretary_id and date (got 'absent')
fs-check: a.tsv:7: conflicts with 'in_village' at a.tsv:5 for the same secretary_id and date (got 'absent')
fs-attendance: 4 invalid rows written to r.tsv
