# households.helper-overload: a helper on more than max_per_helper (5) poor
# or monitored households: one warning with entity helper; its village_id
# when all are in one village, else empty.  Lifted households do not count.
# Exactly 5 is fine.
$ fs-households --as-of 2026-06-30 --findings h.tsv; echo "exit $?"
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
A1	V01	张一	2	5000	poor	K1	养牛
A2	V01	张二	2	5000	poor	K1	养牛
A3	V01	张三	2	5000	monitored	K1	养牛
A4	V01	张四	2	5000	poor	K1	养牛
A5	V01	张五	2	5000	poor	K1	养牛
A6	V01	张六	2	5000	monitored	K1	养牛
B1	V01	李一	2	5000	poor	K2	养牛
B2	V01	李二	2	5000	poor	K2	养牛
B3	V01	李三	2	5000	poor	K2	养牛
B4	V01	李四	2	5000	poor	K2	养牛
B5	V01	李五	2	5000	poor	K2	养牛
B6	V01	李六	2	20000	not_poor	K2	
C1	V01	王一	2	5000	poor	K3	养牛
C2	V01	王二	2	5000	poor	K3	养牛
C3	V02	王三	2	5000	poor	K3	养牛
C4	V02	王四	2	5000	poor	K3	养牛
C5	V02	王五	2	5000	poor	K3	养牛
C6	V02	王六	2	5000	poor	K3	养牛
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.helper-overload	warning	helper	K3			linked to 6 poor or monitored households in more than one village, more than 5	
fs-households	households.helper-overload	warning	helper	K1	V01		linked to 6 poor or monitored households, more than 5	
exit 0
