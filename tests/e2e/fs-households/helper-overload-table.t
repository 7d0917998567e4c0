# households.helper-overload in the table: each poor or monitored
# household of the helper carries the rule, and only those; with
# --strict-warnings the warning fails the run.
$ fs-households --as-of 2026-06-30 --strict-warnings h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
A1	V01	张一	2	5000	poor	K1	养牛
A2	V01	张二	2	5000	poor	K1	养牛
A3	V01	张三	2	5000	monitored	K1	养牛
B1	V01	李一	2	20000	not_poor	K1	
A4	V01	张四	2	5000	poor	K1	养牛
A5	V01	张五	2	5000	poor	K1	养牛
A6	V01	张六	2	5000	monitored	K1	养牛
B2	V01	李二	2	5000	poor	K2	养牛
>>> stdout
household_id	village_id	head_name	members	annual_income	status	helper_id	plan	per_capita	problems
A1	V01	张一	2	5000	poor	K1	养牛	2500.00	households.helper-overload
A2	V01	张二	2	5000	poor	K1	养牛	2500.00	households.helper-overload
A3	V01	张三	2	5000	monitored	K1	养牛	2500.00	households.helper-overload
B1	V01	李一	2	20000	not_poor	K1		10000.00	
A4	V01	张四	2	5000	poor	K1	养牛	2500.00	households.helper-overload
A5	V01	张五	2	5000	poor	K1	养牛	2500.00	households.helper-overload
A6	V01	张六	2	5000	monitored	K1	养牛	2500.00	households.helper-overload
B2	V01	李二	2	5000	poor	K2	养牛	2500.00	
>>> status 1
