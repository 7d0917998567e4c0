# A regular file is read again for the table (see reread.t), so it must
# not change in between.  Here a.tsv grows while standard input, the
# second input, is still being read: the change is found before the table
# is written, so nothing is written, and the exit status is 2.  (The pipe
# holds 64 KB: the first 3000 rows of stdin go through only once
# fs-households reads stdin, that is, once a.tsv has been read.)
$ awk -v n=3000 -v from=1 -f register.awk > a.tsv; { awk -v n=3000 -v from=10000 -f register.awk; printf 'H99999\tV1\t李四\t1\t1\tnot_poor\t\t\t\n' >> a.tsv; awk -v n=3000 -v from=20000 -f register.awk | tail -n +2; } | fs-households --as-of 2026-06-30 a.tsv - > out.tsv; echo "exit $?"; wc -c < out.tsv
>>> stdout
exit 2
0
>>> stderr
fs-households: a.tsv: the file changed while it was read
