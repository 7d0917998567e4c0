# A regular file is read again for the table (decisions-reread.t), so it
# must not change in between.  Here a.tsv grows while standard input, the
# second input, is still being read, and then keeps its size but has one
# byte rewritten (its time set back first, so that the write is sure to
# change it), and last has one byte rewritten and its time of last
# change set back to what it was (touch -r), which the time of its last
# status change gives away: each change is found before the table is
# written, so nothing is written, and the exit status is 2.  (The pipe
# holds 64 KB:
# the first 3000 decisions of stdin go through only once fs-audit reads
# stdin, that is, once a.tsv has been read.)
$ for j in 1 2; do awk -v n=3000 -v from=1 -f decisions.awk > a.tsv; { awk -v n=3000 -v from=10000 -f decisions.awk; printf 'D99999\tV1\tproposal\t2026-01-05\t\t\t\t\t\n' >> a.tsv; awk -v n=3000 -v from=20000 -f decisions.awk | tail -n +2; } | fs-audit decisions -j $j --as-of 2026-12-31 a.tsv - > out.tsv; echo "exit $?"; wc -c < out.tsv; awk -v n=3000 -v from=1 -f decisions.awk > a.tsv; touch -d '2020-01-01 00:00' a.tsv; { awk -v n=3000 -v from=10000 -f decisions.awk; printf '7' | dd of=a.tsv bs=1 seek=200 conv=notrunc 2>/dev/null; } | fs-audit decisions -j $j --as-of 2026-12-31 a.tsv - > out.tsv; echo "exit $?"; wc -c < out.tsv; awk -v n=3000 -v from=1 -f decisions.awk > a.tsv; touch -r a.tsv ref; { awk -v n=3000 -v from=10000 -f decisions.awk; printf '7' | dd of=a.tsv bs=1 seek=200 conv=notrunc 2>/dev/null; touch -r ref a.tsv; } | fs-audit decisions -j $j --as-of 2026-12-31 a.tsv - > out.tsv; echo "exit $?"; wc -c < out.tsv; done
>>> stdout
exit 2
0
exit 2
0
exit 2
0
exit 2
0
exit 2
0
exit 2
0
>>> stderr
fs-audit: a.tsv: the file changed while it was read
fs-audit: a.tsv: the file changed while it was read
fs-audit: a.tsv: the file changed while it was read
fs-audit: a.tsv: the file changed while it was read
fs-audit: a.tsv: the file changed while it was read
fs-audit: a.tsv: the file changed while it was read
