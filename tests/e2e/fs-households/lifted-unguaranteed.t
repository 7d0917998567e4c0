# households.lifted-unguaranteed: a lifted household with any of the five
# guarantees "no" or missing.  Yes/no may be written y, 1, true ... in any
# case.  Other statuses: no.
$ fs-households --as-of 2026-06-30 --findings h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing	education	medical	housing	water
G1	V01	张一	2	20000	lifted	yes	Y	1	TRUE	yes
G2	V01	张二	2	20000	lifted	yes	no	yes	yes	yes
G3	V01	张三	2	20000	lifted	yes	yes	yes	yes	
G4	V01	张四	2	20000	lifted	n	0	false	No	
G5	V01	张五	2	20000	not_poor	no	no	no	no	no
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.lifted-unguaranteed	violation	household	G2	V01		lifted, but guarantees not met: education no	h.tsv:3
fs-households	households.lifted-unguaranteed	violation	household	G3	V01		lifted, but guarantees not met: water missing	h.tsv:4
fs-households	households.lifted-unguaranteed	violation	household	G4	V01		lifted, but guarantees not met: food_clothing no, education no, medical no, housing no, water missing	h.tsv:5
>>> status 1
