# An empty file, or one of empty lines, has no header.
$ fs-check --type attendance empty.tsv blank.tsv
>>> stderr
fs-check: empty.tsv: no header line
fs-check: blank.tsv: no header line
>>> status 2
