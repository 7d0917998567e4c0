# households.should-monitor: a lifted or not_poor household below
# monitor_line (6000.00) per member, exactly in fen, is a warning (exit 0);
# poor and monitored households are not judged by it.
$ fs-households --as-of 2026-06-30 --findings h.tsv; echo "exit $?"
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan	food_clothing	education	medical	housing	water
M1	V01	张一	1	6000	not_poor							
M2	V01	张二	1	5999.99	not_poor							
M3	V01	张三	13	77999.99	lifted			yes	yes	yes	yes	yes
M4	V01	张四	13	78000	lifted			yes	yes	yes	yes	yes
M5	V01	张五	2	100	poor	K1	养牛					
M6	V01	张六	2	100	monitored	K1	养牛					
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.should-monitor	warning	household	M2	V01		not_poor, per-capita income 5999.99 (5999.99 for 1 member) below the monitoring line 6000.00	h.tsv:3
fs-households	households.should-monitor	warning	household	M3	V01		lifted, per-capita income 6000.00 (77999.99 for 13 members) below the monitoring line 6000.00	h.tsv:4
exit 0
