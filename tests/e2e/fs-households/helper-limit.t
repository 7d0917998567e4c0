# households.max_per_helper from 0 to 3, against helpers of 1, 2 and 3
# poor or monitored households (and one whose households are not poor,
# so not counted): a helper is over the limit from the household that
# passes it (at once, with a limit of 0); the table marks every counted
# household of those helpers, and --findings names the same helpers.
$ for m in 0 1 2 3; do printf 'key\tvalue\nhouseholds.max_per_helper\t%s\n' $m > p$m.tsv; echo "limit $m: table $(fs-households --as-of 2026-06-30 --policy p$m.tsv h.tsv | awk -F '\t' 'index($NF, "helper-overload") { printf "%s ", $1 }')/ findings $(fs-households --as-of 2026-06-30 --policy p$m.tsv --findings h.tsv | awk -F '\t' '$2 == "households.helper-overload" { printf "%s(%s) ", $5, $6 }')"; done
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
A1	V01	张一	2	5000	poor	K1	养牛
B1	V01	张二	2	5000	poor	K2	养牛
B2	V01	张三	2	5000	monitored	K2	养牛
C1	V01	张四	2	5000	poor	K3	养牛
C2	V02	张五	2	5000	poor	K3	养牛
C3	V01	张六	2	5000	poor	K3	养牛
D1	V01	张七	2	50000	not_poor	K4	养牛
D2	V01	张八	2	50000	not_poor	K4	养牛
>>> stdout
limit 0: table A1 B1 B2 C1 C2 C3 / findings K3() K1(V01) K2(V01) 
limit 1: table B1 B2 C1 C2 C3 / findings K3() K2(V01) 
limit 2: table C1 C2 C3 / findings K3() 
limit 3: table / findings 
