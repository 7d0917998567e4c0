# Thresholds come from the policy: here the poverty line 5000.00, the
# monitoring line 5500.00, the review line 6000.00, two households a helper.
$ fs-households --as-of 2026-06-30 --policy p.tsv --findings h.tsv | cut -f 2,5,6,8
<<< p.tsv
key	value
households.poverty_line	5000.00
households.monitor_line	5500.00
households.review_line	6000.00
households.max_per_helper	2
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan	food_clothing	education	medical	housing	water
P1	V01	张一	2	9999.99	lifted		 	y	y	y	y	y
P2	V01	张二	2	11000	not_poor							
P3	V01	张三	2	12000	poor	K1	养牛					
P4	V01	张四	2	11999.99	poor	K1	养牛					
P5	V01	张五	2	100	monitored	K1	养牛					
>>> stdout
rule	entity_id	village_id	detail
households.helper-overload	K1	V01	linked to 3 poor or monitored households, more than 2
households.lifted-below-line	P1	V01	lifted, but per-capita income 5000.00 (9999.99 for 2 members) below the poverty line 5000.00
households.should-monitor	P1	V01	lifted, per-capita income 5000.00 (9999.99 for 2 members) below the monitoring line 5500.00
households.eligibility-review	P3	V01	registered poor, per-capita income 6000.00 (12000.00 for 2 members) at or above the review line 6000.00
