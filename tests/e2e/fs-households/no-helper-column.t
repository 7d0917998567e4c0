# households.no-helper and households.no-plan: a register without the
# helper_id and plan columns counts them as missing.
$ fs-households --as-of 2026-06-30 --findings h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V01	张三	2	5000	poor
H2	V01	李四	2	20000	not_poor
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.no-helper	violation	household	H1	V01		a poor household with no helper	h.tsv:2
fs-households	households.no-plan	violation	household	H1	V01		a poor household with no plan	h.tsv:2
>>> status 1
