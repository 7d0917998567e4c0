# A header that names a column twice.
$ fs-check --type attendance a.tsv
<<< a.tsv
secretary_id	date	status	date
>>> stderr
fs-check: a.tsv: column 'date' named twice
>>> status 2
