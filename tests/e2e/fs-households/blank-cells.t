# A cell of white space alone is a missing value: a plan of a no-break
# space is no plan (households.no-plan), a helper_id of a space no helper
# (households.no-helper), a guarantee of an escaped tab is missing, as
# H4's empty cells are.  A head_name of spaces alone is refused as
# missing, as a required value of white space is.
$ fs-households --findings --as-of 2026-06-30 --rejects rej.tsv hh.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan	food_clothing	education	medical	housing	water
H1	V1	Zhang	3	9000.00	poor	W1	 	yes	yes	yes	yes	yes
H2	V1	Li	3	9000.00	monitored	 	plan	yes	yes	yes	yes	yes
H3	V1	Wang	3	90000.00	lifted	W1	plan	\t	yes	　	yes	yes
H4	V1	Zhao	3	9000.00	poor				yes	yes	yes	yes
H5	V1	  	3	9000.00	poor	W1	plan	yes	yes	yes	yes	yes
H6	V1	Sun	3	9000.00	poor	W1	plan	yes	yes	yes	yes	yes
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-households	households.no-plan	violation	household	H1	V1		a poor household with no plan	hh.tsv:2
fs-households	households.no-helper	violation	household	H2	V1		a monitored household with no helper	hh.tsv:3
fs-households	households.lifted-unguaranteed	violation	household	H3	V1		lifted, but guarantees not met: food_clothing missing, medical missing	hh.tsv:4
fs-households	households.no-helper	violation	household	H4	V1		a poor household with no helper	hh.tsv:5
fs-households	households.no-plan	violation	household	H4	V1		a poor household with no plan	hh.tsv:5
exit 3
source	reason
hh.tsv:6	column 'head_name': missing (only white space: a cell cleared with a space?) (got '  ')
>>> stderr
fs-households: 1 invalid row written to rej.tsv
