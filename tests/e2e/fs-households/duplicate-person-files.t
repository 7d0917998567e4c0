# households.duplicate-person across files: the first household of a
# head is named by its own file and line, and its own village, when the
# second turns up in a later file; a third in the same later file names
# the first again.
$ fs-households --as-of 2026-06-30 --findings a.tsv b.tsv
<<< a.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number
A1	V01	李四	2	20000	not_poor	622123198003051238
A2	V02	张三	2	20000	not_poor	11010519491231002X
<<< b.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number
B1	V07	张三	2	20000	not_poor	11010519491231002x
B2	V08	王五	2	20000	not_poor	
B3	V09	张三	2	20000	not_poor	11010519491231002X
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.duplicate-person	violation	household	A2	V02		head ID number 110105********002X also heads household B1 (b.tsv:2)	a.tsv:3
fs-households	households.duplicate-person	violation	household	B1	V07		head ID number 110105********002X also heads household A2 (a.tsv:3)	b.tsv:2
fs-households	households.duplicate-person	violation	household	B3	V09		head ID number 110105********002X also heads household A2 (a.tsv:3)	b.tsv:4
>>> status 1
