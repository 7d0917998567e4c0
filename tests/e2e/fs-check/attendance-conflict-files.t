# Conflicts are found across files too; standard input cannot be read
# again, so its earlier line is not named.
$ fs-check --type attendance a.tsv b.tsv; cat b.tsv | fs-check -t attendance a.tsv -
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	leave
<<< b.tsv
status	secretary_id	date
absent	S1	2026-01-05
>>> stderr
fs-check: b.tsv:2: conflicts with 'leave' at a.tsv:2 for the same secretary_id and date (got 'absent')
fs-check: <stdin>:2: conflicts with 'leave' at a.tsv:2 for the same secretary_id and date (got 'absent')
>>> status 2
