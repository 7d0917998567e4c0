# households.no-plan: a poor or monitored household without a plan is a
# violation ("one household, one plan"); others need none.
$ fs-households --as-of 2026-06-30 --findings h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
H1	V01	张三	2	5000	poor	K1	
H2	V02	李四	2	5000	monitored	K1	
H3	V01	王五	2	5000	poor	K1	产业帮扶：养殖肉牛
H4	V01	赵六	2	20000	lifted	K1	
H5	V01	孙七	2	20000	not_poor		
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.no-plan	violation	household	H1	V01		a poor household with no plan	h.tsv:2
fs-households	households.lifted-unguaranteed	violation	household	H4	V01		lifted, but guarantees not met: food_clothing missing, education missing, medical missing, housing missing, water missing	h.tsv:5
fs-households	households.no-plan	violation	household	H2	V02		a monitored household with no plan	h.tsv:3
>>> status 1
