# A household_id given twice is an invalid row (households.duplicate).
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V01	张三	2	20000	not_poor
H1	V01	李四	2	20000	not_poor
>>> stderr
fs-households: h.tsv:3: the same household_id as h.tsv:2 (got 'H1')
>>> status 2
