# -j N is --jobs N, for the tools that read with threads (and only them).
$ fs-check -j 2 -t attendance a.tsv; fs-check -j17 -t attendance a.tsv 2>&1 | head -n 1; fs-funds -j 3 --as-of 2026-12-31 --balances f.tsv; fs-roster -j 2 a.tsv 2>&1 | head -n 1
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	leave
<<< f.tsv
date	village_id	category	flow	amount
2026-03-01	V01	project	in	100.00
>>> stdout
file	type	rows	invalid
a.tsv	attendance	1	0
fs-check: --jobs: not a number of threads from 1 to 16 (got '17')
village_id	category	in	out	balance	oldest_unspent
V01	project	100.00	0.00	100.00	2026-03-01
fs-roster: unknown option '-j'
