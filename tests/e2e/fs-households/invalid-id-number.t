# A head_id_number with a wrong check digit is an invalid row: the message
# names file, line and column; nothing on stdout; exit 2.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number
H1	V01	张三	2	20000	not_poor	622123198003051238
H2	V01	李四	2	20000	not_poor	622123198003051239
>>> stderr
fs-households: h.tsv:3: column 'head_id_number': resident ID number with a wrong check digit (got '622123********1239')
>>> status 2
