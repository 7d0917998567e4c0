# The installed calendar is itself a valid calendar file.
$ fs-check --type calendar "$FS_TOP/data/calendar.tsv" | tail -n 1 | cut -f 2-
>>> stdout
calendar	72	0
