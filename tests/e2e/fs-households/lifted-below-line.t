# households.lifted-below-line: a lifted household whose income is below
# poverty_line (4000.00) per member, compared exactly in fen:
# annual_income < line x members.  On the line is not below; one fen under
# is, even when per_capita rounds to 4000.00.  Other statuses: no.
$ fs-households --as-of 2026-06-30 --findings h.tsv > f.tsv; echo "exit $?"; grep lifted-below-line f.tsv | cut -f 5,8,9
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing	education	medical	housing	water
L1	V01	张一	1	4000.00	lifted	yes	yes	yes	yes	yes
L2	V01	张二	1	3999.99	lifted	yes	yes	yes	yes	yes
L3	V01	张三	13	52000	lifted	yes	yes	yes	yes	yes
L4	V01	张四	13	51999.99	lifted	yes	yes	yes	yes	yes
L5	V01	张五	3	11999.99	lifted	yes	yes	yes	yes	yes
L6	V01	张六	2	-300	lifted	yes	yes	yes	yes	yes
L7	V01	张七	2	8000.01	lifted	yes	yes	yes	yes	yes
L8	V01	张八	2	100	not_poor	yes	yes	yes	yes	yes
>>> stdout
exit 1
L2	lifted, but per-capita income 3999.99 (3999.99 for 1 member) below the poverty line 4000.00	h.tsv:3
L4	lifted, but per-capita income 4000.00 (51999.99 for 13 members) below the poverty line 4000.00	h.tsv:5
L5	lifted, but per-capita income 4000.00 (11999.99 for 3 members) below the poverty line 4000.00	h.tsv:6
L6	lifted, but per-capita income -150.00 (-300.00 for 2 members) below the poverty line 4000.00	h.tsv:7
