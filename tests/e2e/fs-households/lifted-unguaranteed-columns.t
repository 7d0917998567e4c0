# households.lifted-unguaranteed: guarantee columns absent from the
# register count as missing.
$ fs-households --as-of 2026-06-30 h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing	education
G1	V01	张一	2	20000	lifted	yes	yes
G2	V01	张二	2	20000	not_poor	yes	yes
>>> stdout
household_id	village_id	head_name	members	annual_income	status	food_clothing	education	per_capita	problems
G1	V01	张一	2	20000	lifted	yes	yes	10000.00	households.lifted-unguaranteed
G2	V01	张二	2	20000	not_poor	yes	yes	10000.00	
>>> status 1
