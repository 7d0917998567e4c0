# Files whose columns differ make one table (SPEC 1.1, extra columns are
# kept): its columns are the first file's, then each column a later file
# adds, in the order met; a row of a file without one has it empty, and
# every row keeps its own values whatever its file's column order: a file
# read again (a.tsv), one from standard input (b.tsv) and one whose
# columns are in another order (c.tsv).  With --findings there is no
# table.
$ sh run.sh
<<< run.sh
fs-households --as-of 2026-06-30 a.tsv b.tsv c.tsv; echo "exit $?"
cat b.tsv | fs-households --as-of 2026-06-30 c.tsv - a.tsv; echo "exit $?"
fs-households --as-of 2026-06-30 --findings a.tsv b.tsv | cut -f 2,5; echo "exit $?"
<<< a.tsv
household_id	village_id	head_name	members	annual_income	status
A1	V01	张一	2	50000	not_poor
A2	V01	张二	1	30000	not_poor
<<< b.tsv
household_id	village_id	head_name	members	annual_income	status	note
B1	V02	李一	2	50000	not_poor	新户
<<< c.tsv
phone	status	helper_id	plan	annual_income	members	head_name	village_id	household_id
139	poor	K1	养牛	1000	1	王一	V03	C1
>>> stdout
household_id	village_id	head_name	members	annual_income	status	note	phone	helper_id	plan	per_capita	problems
A1	V01	张一	2	50000	not_poor					25000.00	
A2	V01	张二	1	30000	not_poor					30000.00	
B1	V02	李一	2	50000	not_poor	新户				25000.00	
C1	V03	王一	1	1000	poor		139	K1	养牛	1000.00	
exit 0
phone	status	helper_id	plan	annual_income	members	head_name	village_id	household_id	note	per_capita	problems
139	poor	K1	养牛	1000	1	王一	V03	C1		1000.00	
	not_poor			50000	2	李一	V02	B1	新户	25000.00	
	not_poor			50000	2	张一	V01	A1		25000.00	
	not_poor			30000	1	张二	V01	A2		30000.00	
exit 0
rule	entity_id
exit 0
