# households.duplicate-person: one head_id_number heading two or more
# households is a violation for each of them.  ID numbers compare
# case-blind (x = X); the detail masks the number.  Missing numbers are
# not compared.
$ fs-households --as-of 2026-06-30 --findings h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number
D1	V01	张三	2	20000	not_poor	11010519491231002X
D2	V01	李四	2	20000	not_poor	622123198003051238
D3	V02	张三	2	20000	not_poor	11010519491231002x
D4	V01	王五	2	20000	not_poor	
D5	V01	赵六	2	20000	not_poor	
D6	V03	张三	2	20000	not_poor	11010519491231002X
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.duplicate-person	violation	household	D1	V01		head ID number 110105********002X also heads household D3 (h.tsv:4)	h.tsv:2
fs-households	households.duplicate-person	violation	household	D3	V02		head ID number 110105********002X also heads household D1 (h.tsv:2)	h.tsv:4
fs-households	households.duplicate-person	violation	household	D6	V03		head ID number 110105********002X also heads household D1 (h.tsv:2)	h.tsv:7
>>> status 1
