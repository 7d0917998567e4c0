# A column fs-households adds is refused wherever it stands, first in
# the header too; and --jobs takes 1 to 16, leading zeros or not ('010'
# is 10, '0016' is 16; '017', '100', 2^32+1 and twenty nines are refused).
$ fs-households --as-of 2026-06-30 pc.tsv; echo "exit $?"; for j in 017 100 4294967297 99999999999999999999; do fs-households --as-of 2026-06-30 --jobs $j h.tsv 2>&1 | head -n 1; done; fs-households --as-of 2026-06-30 --jobs 010 h.tsv | sed 1d; fs-households --as-of 2026-06-30 --jobs 0016 h.tsv; echo "exit $?"
<<< pc.tsv
per_capita	household_id	village_id	head_name	members	annual_income	status
1.00	A1	V01	X	2	50000	not_poor
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
A1	V01	X	2	50000	not_poor
>>> stdout
exit 2
fs-households: --jobs: not a number of threads from 1 to 16 (got '017')
fs-households: --jobs: not a number of threads from 1 to 16 (got '100')
fs-households: --jobs: not a number of threads from 1 to 16 (got '4294967297')
fs-households: --jobs: not a number of threads from 1 to 16 (got '99999999999999999999')
A1	V01	X	2	50000	not_poor	25000.00	
household_id	village_id	head_name	members	annual_income	status	per_capita	problems
A1	V01	X	2	50000	not_poor	25000.00	
exit 0
>>> stderr
fs-households: pc.tsv: column 'per_capita' is one fs-households adds; remove it first
