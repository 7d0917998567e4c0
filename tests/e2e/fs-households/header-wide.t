# A header of any width is matched at once, not name by name (80,000
# columns took 22 s before, for a file of 700 KB): here 50,000 extra
# columns, a second file with them in reverse order and one of its own,
# which the table puts last, the first file's rows empty there.
$ awk -v w=50000 'BEGIN { h = "household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus"; r = "H1\tV1\tZhang\t3\t10000.00\tnot_poor"; for (i = 0; i < w; i++) { h = h "\tx" i; r = r "\t" i }; print h; print r }' > a.tsv; awk -v w=50000 'BEGIN { h = "new"; r = "n"; for (i = w - 1; i >= 0; i--) { h = h "\tx" i; r = r "\t" i }; h = h "\thousehold_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus"; r = r "\tH2\tV1\tLi\t2\t9000.00\tnot_poor"; print h; print r }' > b.tsv; fs-households --as-of 2026-01-01 a.tsv b.tsv | cut -f 1,2,7,8,50005,50006,50007,50008,50009
>>> stdout
household_id	village_id	x0	x1	x49998	x49999	new	per_capita	problems
H1	V1	0	1	49998	49999		3333.33	households.should-monitor
H2	V1	0	1	49998	49999	n	4500.00	households.should-monitor
