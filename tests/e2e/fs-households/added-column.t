# An input that already has a per_capita or problems column (say, an
# earlier table) is refused rather than given the column twice.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	per_capita	problems
H1	V01	张三	2	20000	not_poor	10000.00	
>>> stderr
fs-households: h.tsv: column 'per_capita' is one fs-households adds; remove it first
>>> status 2
