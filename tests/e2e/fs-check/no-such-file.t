$ fs-check --type roster nosuch.tsv
>>> stderr
fs-check: nosuch.tsv: No such file or directory
>>> status 2
