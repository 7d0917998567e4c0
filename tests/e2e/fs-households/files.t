# Several registers make one table: each file has its own header, columns
# are found by name, and rows are written in the first file's column order.
# Rules count across files (K1 has 6 households; 11010519491231002X heads
# two).
$ fs-households --as-of 2026-06-30 a.tsv b.tsv
<<< a.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan
A1	V01	张一	2	5000	poor	11010519491231002X	K1	养牛
A2	V01	张二	2	5000	poor		K1	养牛
A3	V01	张三	2	5000	poor		K1	养牛
<<< b.tsv
plan	helper_id	head_id_number	status	annual_income	members	head_name	village_id	household_id
种花椒	K1		poor	5000	2	李一	V02	B1
种花椒	K1		poor	5000	2	李二	V02	B2
种花椒	K1	11010519491231002x	monitored	5000	2	李三	V02	B3
>>> stdout
household_id	village_id	head_name	members	annual_income	status	head_id_number	helper_id	plan	per_capita	problems
A1	V01	张一	2	5000	poor	11010519491231002X	K1	养牛	2500.00	households.duplicate-person,households.helper-overload
A2	V01	张二	2	5000	poor		K1	养牛	2500.00	households.helper-overload
A3	V01	张三	2	5000	poor		K1	养牛	2500.00	households.helper-overload
B1	V02	李一	2	5000	poor		K1	种花椒	2500.00	households.helper-overload
B2	V02	李二	2	5000	poor		K1	种花椒	2500.00	households.helper-overload
B3	V02	李三	2	5000	monitored	11010519491231002x	K1	种花椒	2500.00	households.duplicate-person,households.helper-overload
>>> status 1
