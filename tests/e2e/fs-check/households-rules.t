# Households: at least one member; a household id once.
$ fs-check --type households h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing
H1	V01	张三	3	-1200.50	poor	yes
H2	V01	李四	0	1000	poor	
H1	V01	王五	2	1000	lifted	
H3	V01	赵六	2	1000	lifted	maybe
>>> stderr
fs-check: h.tsv:3: column 'members': a household has at least 1 member (got '0')
fs-check: h.tsv:4: the same household_id as h.tsv:2 (got 'H1')
fs-check: h.tsv:5: column 'food_clothing': not yes or no (yes, no, y, n, 1, 0, true or false) (got 'maybe')
>>> status 2
