# An unknown key is an error, never ignored; the key it most likely
# meant is named (key-hint.t).
$ fs-policy --policy p.tsv
<<< p.tsv
key	value
attendance.min_ration	2/3
>>> stderr
fs-policy: p.tsv:2: column 'key': unknown key (did you mean 'attendance.min_ratio'?) (got 'attendance.min_ration')
>>> status 2
