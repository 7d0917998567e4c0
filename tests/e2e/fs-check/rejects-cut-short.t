# Rejected rows that cannot all be written (here the file size limit of
# ulimit -f, as a full disk would do): a rejects file that was there is
# left as it was (the rows go to a copy beside it, renamed over it only
# once all are out), not a part of the rows that reads like all of them
# (before, it was left empty); one the
# run made is removed again; and one the run made before its temporary
# file could not be had is removed too (it said 'left as it was', and
# left an empty file that was not there before).
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (i = 0; i < 3000; i++) printf "S%05d\t2026-01-05\tbogus\n", i }' > a.tsv; echo yesterday > old.tsv; (ulimit -f 64; fs-check --type attendance --rejects old.tsv a.tsv); echo "exit $?"; wc -c < old.tsv; (ulimit -f 64; fs-check --type attendance --rejects new.tsv a.tsv); echo "exit $?"; test -e new.tsv || echo "no new.tsv"; awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (i = 0; i < 40000; i++) printf "S%05d\t2026-01-05\tbogus\n", i }' > b.tsv; TMPDIR=./none fs-check --type attendance --rejects made.tsv b.tsv; echo "exit $?"; test -e made.tsv || echo "no made.tsv"
>>> stdout
exit 2
10
exit 2
no new.tsv
exit 2
no made.tsv
>>> stderr
fs-check: old.tsv: File too large; it is left as it was
fs-check: new.tsv: File too large; not kept
fs-check: ./none: cannot make a temporary file for the rejected rows: No such file or directory; made.tsv is left as it was
