# A register without a required column: exit 2, the message names the
# file and the column.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	annual_income	status
H1	V01	张三	20000	not_poor
>>> stderr
fs-households: h.tsv: missing column 'members'
>>> status 2
