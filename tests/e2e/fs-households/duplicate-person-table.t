# households.duplicate-person in the table: the first household carries the
# rule too, though the repeat comes later.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number
D1	V01	张三	2	20000	not_poor	11010519491231002X
D2	V01	李四	2	20000	not_poor	622123198003051238
D3	V02	张三	2	20000	not_poor	11010519491231002x
D4	V01	王五	2	20000	not_poor	
D5	V01	赵六	2	20000	not_poor	
>>> stdout
household_id	village_id	head_name	members	annual_income	status	head_id_number	per_capita	problems
D1	V01	张三	2	20000	not_poor	11010519491231002X	10000.00	households.duplicate-person
D2	V01	李四	2	20000	not_poor	622123198003051238	10000.00	
D3	V02	张三	2	20000	not_poor	11010519491231002x	10000.00	households.duplicate-person
D4	V01	王五	2	20000	not_poor		10000.00	
D5	V01	赵六	2	20000	not_poor		10000.00	
>>> status 1
