# Six poor households with a plan and no helper_id: each is a no-helper
# violation, and the empty helper_id is nobody, so it is not a helper on
# more than max_per_helper (5) households.
$ fs-households --as-of 2026-06-30 --findings h.tsv | cut -f 2,5; echo "exit $?"
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
A1	V01	张一	2	5000	poor		养牛
A2	V01	张二	2	5000	poor		养牛
A3	V01	张三	2	5000	monitored		养牛
A4	V01	张四	2	5000	poor		养牛
A5	V01	张五	2	5000	poor		养牛
A6	V01	张六	2	5000	poor		养牛
>>> stdout
rule	entity_id
households.no-helper	A1
households.no-helper	A2
households.no-helper	A3
households.no-helper	A4
households.no-helper	A5
households.no-helper	A6
exit 0
