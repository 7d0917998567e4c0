# A report past its first megabyte waits in TMPDIR until the input is
# read; with no TMPDIR to be had the run fails (exit 2), nothing on
# stdout, and the message names TMPDIR, not stdout.
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (i = 0; i < 60000; i++) printf "S%d\t2026-01-05\tin_village\n", i }' > big.tsv; TMPDIR=/nonexistent fs-export big.tsv > out.csv; echo "exit $?"; wc -c < out.csv
>>> stdout
exit 2
0
>>> stderr
fs-export: /nonexistent: the report's temporary file: No such file or directory
