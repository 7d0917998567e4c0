# The table has the first file's columns: a later file with a column more
# or less is an error (exit 2), since its rows could not keep every column.
# With --findings there is no table, and the files may differ.
$ fs-households --as-of 2026-06-30 a.tsv b.tsv; fs-households --as-of 2026-06-30 b.tsv a.tsv; fs-households --as-of 2026-06-30 --findings a.tsv b.tsv; echo "exit $?"
<<< a.tsv
household_id	village_id	head_name	members	annual_income	status
A1	V01	张一	2	50000	not_poor
<<< b.tsv
household_id	village_id	head_name	members	annual_income	status	note
B1	V02	李一	2	50000	not_poor	新户
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 0
>>> stderr
fs-households: b.tsv: column 'note' is not in a.tsv
fs-households: a.tsv: no column 'note', which b.tsv has
>>> status 0
