# members 0 is an invalid row; so is a member count that is not a count.
$ fs-households --as-of 2026-06-30 h.tsv; fs-households --as-of 2026-06-30 g.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V01	张三	0	20000	not_poor
<<< g.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V01	张三	-1	20000	not_poor
>>> stderr
fs-households: h.tsv:2: column 'members': a household has at least 1 member (got '0')
fs-households: g.tsv:2: column 'members': not a count (digits) (got '-1')
>>> status 2
