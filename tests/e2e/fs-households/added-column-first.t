# A column fs-households adds is refused wherever it stands, first in
# the header too; and --jobs takes 1 to 16, written in at most two
# digits ('010' is refused, '16' taken).
$ fs-households --as-of 2026-06-30 pc.tsv; echo "exit $?"; fs-households --as-of 2026-06-30 --jobs 010 h.tsv 2>&1 | head -n 1; fs-households --as-of 2026-06-30 --jobs 16 h.tsv; echo "exit $?"
<<< pc.tsv
per_capita	household_id	village_id	head_name	members	annual_income	status
1.00	A1	V01	X	2	50000	not_poor
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
A1	V01	X	2	50000	not_poor
>>> stdout
exit 2
fs-households: --jobs: not a number of threads from 1 to 16 (got '010')
household_id	village_id	head_name	members	annual_income	status	per_capita	problems
A1	V01	X	2	50000	not_poor	25000.00	
exit 0
>>> stderr
fs-households: pc.tsv: column 'per_capita' is one fs-households adds; remove it first
