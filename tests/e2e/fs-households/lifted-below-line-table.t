# households.lifted-below-line in the table, with should-monitor, which a
# lifted household below the poverty line is below too.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing	education	medical	housing	water
L1	V01	张一	1	4000.00	lifted	yes	yes	yes	yes	yes
L4	V01	张四	13	51999.99	lifted	yes	yes	yes	yes	yes
L7	V01	张七	1	6000	lifted	yes	yes	yes	yes	yes
>>> stdout
household_id	village_id	head_name	members	annual_income	status	food_clothing	education	medical	housing	water	per_capita	problems
L1	V01	张一	1	4000.00	lifted	yes	yes	yes	yes	yes	4000.00	households.should-monitor
L4	V01	张四	13	51999.99	lifted	yes	yes	yes	yes	yes	4000.00	households.lifted-below-line,households.should-monitor
L7	V01	张七	1	6000	lifted	yes	yes	yes	yes	yes	6000.00	
>>> status 1
