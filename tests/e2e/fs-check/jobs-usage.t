# --jobs takes a number of threads from 1 to 16.
$ for a in 0 17 2x ''; do fs-check -t attendance --jobs "$a" a.tsv 2>&1 | head -n 1; done; fs-check -t attendance --jobs 16 a.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	leave
>>> stdout
fs-check: --jobs: not a number of threads from 1 to 16 (got '0')
fs-check: --jobs: not a number of threads from 1 to 16 (got '17')
fs-check: --jobs: not a number of threads from 1 to 16 (got '2x')
fs-check: --jobs: not a number of threads from 1 to 16 (got '')
file	type	rows	invalid
a.tsv	attendance	1	0
