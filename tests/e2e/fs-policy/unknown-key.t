# An unknown key is an error, never ignored.
$ fs-policy --policy p.tsv
<<< p.tsv
key	value
attendance.min_ration	2/3
>>> stderr
fs-policy: p.tsv:2: column 'key': unknown key (got 'attendance.min_ration')
>>> status 2
