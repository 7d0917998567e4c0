# households.no-helper: a poor or monitored household without helper_id is
# a violation; lifted and not_poor households need none.
$ fs-households --as-of 2026-06-30 h.tsv; echo "exit $?"
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
H1	V01	张三	2	5000	poor		养牛
H2	V01	李四	2	5000	monitored		养牛
H3	V01	王五	2	5000	poor	K1	养牛
H4	V01	赵六	2	20000	lifted		
H5	V01	孙七	2	20000	not_poor		
>>> stdout
household_id	village_id	head_name	members	annual_income	status	helper_id	plan	per_capita	problems
H1	V01	张三	2	5000	poor		养牛	2500.00	households.no-helper
H2	V01	李四	2	5000	monitored		养牛	2500.00	households.no-helper
H3	V01	王五	2	5000	poor	K1	养牛	2500.00	
H4	V01	赵六	2	20000	lifted			10000.00	households.lifted-unguaranteed
H5	V01	孙七	2	20000	not_poor			10000.00	
exit 1
