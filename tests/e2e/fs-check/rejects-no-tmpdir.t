# The rejected rows wait in a spool: their first megabyte in memory, the
# rest in TMPDIR.  A few need no temporary file, so a missing TMPDIR does
# not matter; past a megabyte, with no temporary file to be had, the run
# stops (exit 2) with the reason, nothing on stdout, and the rejects
# file left as it was.
$ echo kept > rj.tsv; TMPDIR=/nonexistent fs-check -t attendance --rejects rj.tsv a.tsv; echo "exit $?"; cut -f 1,3- rj.tsv; awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (i = 0; i < 30000; i++) printf "S%d\t2026-01-05\tnowhere\n", i }' > big.tsv; echo kept > rj.tsv; TMPDIR=/nonexistent fs-check -t attendance --rejects rj.tsv big.tsv > out; echo "exit $?"; wc -c < out; cat rj.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
>>> stdout
file	type	rows	invalid
a.tsv	attendance	1	1
exit 3
source	secretary_id	date	status
a.tsv:2	S1	2026-01-05	nowhere
exit 2
0
kept
>>> stderr
fs-check: 1 invalid row written to rj.tsv
fs-check: /nonexistent: cannot make a temporary file for the rejected rows: No such file or directory; rj.tsv is left as it was
