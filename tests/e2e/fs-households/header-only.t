# A register with no household gives the header alone; exit 0.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
>>> stdout
household_id	village_id	head_name	members	annual_income	status	per_capita	problems
