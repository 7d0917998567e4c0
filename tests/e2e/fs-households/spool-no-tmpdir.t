# Standard input's rows are spooled: their first megabyte in memory, the
# rest in TMPDIR.  A small register read from a pipe needs no temporary
# file, so a TMPDIR that cannot be had does not matter; past a megabyte
# the run stops (exit 2, nothing on stdout) with a message naming TMPDIR.
$ printf 'household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus\nH1\tV01\t张三\t2\t50000\tnot_poor\n' | TMPDIR=/nonexistent fs-households --as-of 2026-06-30; echo "exit $?"; awk 'BEGIN { OFS = "\t"; print "household_id", "village_id", "head_name", "members", "annual_income", "status", "note"; for (i = 1; i <= 30000; i++) print "H" i, "V01", "张三", 2, 50000, "not_poor", "a note of some forty bytes, to be kept" }' | TMPDIR=/nonexistent fs-households --as-of 2026-06-30 > out.tsv; echo "exit $?"; wc -c < out.tsv
>>> stdout
household_id	village_id	head_name	members	annual_income	status	per_capita	problems
H1	V01	张三	2	50000	not_poor	25000.00	
exit 0
exit 2
0
>>> stderr
fs-households: /nonexistent: cannot make a temporary file: No such file or directory
