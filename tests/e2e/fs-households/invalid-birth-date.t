# A head_id_number whose birth date (positions 7-14) is no real day is an
# invalid row, even with a right check digit.
$ fs-households --as-of 2026-06-30 --findings h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	head_id_number
H1	V01	张三	2	20000	poor	622123198002301231
>>> stderr
fs-households: h.tsv:2: column 'head_id_number': resident ID number with an impossible birth date (got '622123********1231')
>>> status 2
