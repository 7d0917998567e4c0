# The installed rules file is itself a valid rules file.
$ fs-check --type rules "$FS_TOP/data/rules.tsv" | tail -n 1 | cut -f 2-
>>> stdout
rules	5	0
