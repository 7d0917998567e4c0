# The table: each input row as read (extra columns, escapes, column order
# kept), then per_capita rounded half away from zero, then problems.
# Input order is kept.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
note	household_id	village_id	head_name	members	annual_income	status	helper_id	plan
甲\t乙	H9	V01	张三	3	1000	monitored	K1	养牛
	H2	V01	李四	2	0.05	monitored	K1	种花椒
x\\y	H1	V01	王五	2	-0.05	monitored	K1	务工
	H7	V01	赵六	3	-1200.50	monitored	K1	护林员
	H3	V01	孙七	3	20	monitored	K2	光伏分红
	H4	V01	周八	7	0	monitored	K2	小额信贷
>>> stdout
note	household_id	village_id	head_name	members	annual_income	status	helper_id	plan	per_capita	problems
甲\t乙	H9	V01	张三	3	1000	monitored	K1	养牛	333.33	
	H2	V01	李四	2	0.05	monitored	K1	种花椒	0.03	
x\\y	H1	V01	王五	2	-0.05	monitored	K1	务工	-0.03	
	H7	V01	赵六	3	-1200.50	monitored	K1	护林员	-400.17	
	H3	V01	孙七	3	20	monitored	K2	光伏分红	6.67	
	H4	V01	周八	7	0	monitored	K2	小额信贷	0.00	
