# The same secretary and date: the same status counts once; another status
# makes the later row invalid, naming the earlier line.
$ fs-check --type attendance a.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	2026-01-05	in_village
S2	2026-01-05	leave
S1	2026-01-05	absent
>>> stderr
fs-check: a.tsv:5: conflicts with 'in_village' at a.tsv:2 for the same secretary_id and date (got 'absent')
>>> status 2
