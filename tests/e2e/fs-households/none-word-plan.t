# A plan that is a word for "none" (无, 暂无, N/A, a dash alone) is no
# plan: households.no-plan, as for an empty cell.  A plan that only
# begins like one (无公害蔬菜种植, not-applicable) is a plan.  One with
# white space around it (无 and a space, an ideographic space before
# N/A) is one all the same; 无人机 and a space is a plan.
$ fs-households --findings --as-of 2026-06-30 hh.tsv; echo "exit $?"
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
H1	V1	Zhang	3	9000.00	poor	W1	无
H2	V1	Li	3	9000.00	poor	W1	暂无
H3	V1	Wang	3	9000.00	monitored	W1	N/A
H4	V1	Zhao	3	9000.00	poor	W1	——
H5	V1	Sun	3	9000.00	poor	W1	无公害蔬菜种植
H6	V1	Qian	3	9000.00	poor	W1	not-applicable
H7	V1	Zhou	3	9000.00	poor	W1	-
H8	V1	Wu	3	9000.00	poor	W1	无 
H9	V1	Zheng	3	9000.00	poor	W1	　N/A
HA	V1	Feng	3	9000.00	poor	W1	无人机 
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.no-plan	violation	household	H1	V1		a poor household with no plan	hh.tsv:2
fs-households	households.no-plan	violation	household	H2	V1		a poor household with no plan	hh.tsv:3
fs-households	households.no-plan	violation	household	H3	V1		a monitored household with no plan	hh.tsv:4
fs-households	households.no-plan	violation	household	H4	V1		a poor household with no plan	hh.tsv:5
fs-households	households.no-plan	violation	household	H7	V1		a poor household with no plan	hh.tsv:8
fs-households	households.no-plan	violation	household	H8	V1		a poor household with no plan	hh.tsv:9
fs-households	households.no-plan	violation	household	H9	V1		a poor household with no plan	hh.tsv:10
fs-households	households.helper-overload	warning	helper	W1	V1		linked to 10 poor or monitored households, more than 5	
exit 1
