# A header and no rows is a valid, empty file.
$ fs-check --type households h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
>>> stdout
file	type	rows	invalid
h.tsv	households	0	0
