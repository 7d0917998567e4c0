# Standard input ("-" or no file) is named <stdin> in findings and messages.
$ fs-households --as-of 2026-06-30 --findings; fs-households --as-of 2026-06-30 - < /dev/null
<<< -
household_id	village_id	head_name	members	annual_income	status
H1	V01	张三	2	100	not_poor
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.should-monitor	warning	household	H1	V01		not_poor, per-capita income 50.00 (100.00 for 2 members) below the monitoring line 6000.00	<stdin>:2
>>> stderr
fs-households: <stdin>: no header line
>>> status 2
