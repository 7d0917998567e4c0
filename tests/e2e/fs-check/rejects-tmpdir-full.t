# Rejected rows past their first megabyte go to a temporary file; when it
# cannot hold them (here a file size limit of 2 MB, as a full disk would
# do), the run stops (exit 2) before the rejects file is touched: it is
# left as it was, nothing goes to stdout, and the message names TMPDIR.
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (i = 0; i < 60000; i++) printf "S%d\t2026-01-05\tnowhere\n", i }' > big.tsv; echo kept > rj.tsv; sh -c 'trap "" XFSZ; ulimit -f 2048; TMPDIR=. fs-check -t attendance --rejects rj.tsv big.tsv > out; echo "exit $?"'; wc -c < out; cat rj.tsv
>>> stdout
exit 2
0
kept
>>> stderr
fs-check: .: the temporary file of the rejected rows: File too large; rj.tsv is left as it was
