# households.eligibility-review: a poor household at or above review_line
# (8000.00) per member is a warning; just under it is not; other statuses
# are not judged by it.
$ fs-households --as-of 2026-06-30 --findings h.tsv; echo "exit $?"
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
E1	V01	张一	1	8000	poor	K1	养牛
E2	V01	张二	1	7999.99	poor	K1	养牛
E3	V01	张三	13	104000.00	poor	K1	养牛
E4	V01	张四	13	103999.99	poor	K2	养牛
E5	V01	张五	1	90000	monitored	K2	养牛
E6	V01	张六	1	90000	not_poor		
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.eligibility-review	warning	household	E1	V01		registered poor, per-capita income 8000.00 (8000.00 for 1 member) at or above the review line 8000.00	h.tsv:2
fs-households	households.eligibility-review	warning	household	E3	V01		registered poor, per-capita income 8000.00 (104000.00 for 13 members) at or above the review line 8000.00	h.tsv:4
exit 0
