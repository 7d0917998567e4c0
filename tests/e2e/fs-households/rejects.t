# --rejects keeps every invalid row, as read, and goes on: the table holds
# the valid rows, and the exit status is 3 even with violations.
$ fs-households --as-of 2026-06-30 --rejects bad.tsv h.tsv; echo "exit $?"; cat bad.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id
H1	V01	张三	2	20000	not_poor	
H2	V01	李四	2	2O000	not_poor	
H3	V01	王五	2	5000	poor	
H1	V01	赵六	2	20000	not_poor	
H4	V01	孙七	2	20000	rich	
H5	V01	周八	2	20000
>>> stdout
household_id	village_id	head_name	members	annual_income	status	helper_id	per_capita	problems
H1	V01	张三	2	20000	not_poor		10000.00	
H3	V01	王五	2	5000	poor		2500.00	households.no-helper,households.no-plan
exit 3
source	reason	household_id	village_id	head_name	members	annual_income	status	helper_id
h.tsv:3	column 'annual_income': not an amount (yuan, like 1234.50) (got '2O000')	H2	V01	李四	2	2O000	not_poor	
h.tsv:5	the same household_id as h.tsv:2 (got 'H1')	H1	V01	赵六	2	20000	not_poor	
h.tsv:6	column 'status': not one of: poor, lifted, monitored, not_poor (got 'rich')	H4	V01	孙七	2	20000	rich	
h.tsv:7	5 fields where the header has 7	H5	V01	周八	2	20000
>>> stderr
fs-households: 4 invalid rows written to bad.tsv
