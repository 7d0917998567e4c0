# NUL bytes and invalid UTF-8 make a row invalid.
$ fs-check --type attendance binary.tsv
>>> stderr
fs-check: binary.tsv:2: NUL byte in the line
fs-check: binary.tsv:3: invalid UTF-8 in the line
>>> status 2
