# The same as changed.t, but a.tsv keeps its size: one byte of a row is
# rewritten in place (a.tsv's time is set back first, so that the write
# is sure to change it).  The time of the last change gives it away.
$ awk -v n=3000 -v from=1 -f register.awk > a.tsv; touch -d '2020-01-01 00:00' a.tsv; { awk -v n=3000 -v from=10000 -f register.awk; printf 'X' | dd of=a.tsv bs=1 seek=200 conv=notrunc 2>/dev/null; } | fs-households --as-of 2026-06-30 a.tsv - > out.tsv; echo "exit $?"; wc -c < out.tsv
>>> stdout
exit 2
0
>>> stderr
fs-households: a.tsv: the file changed while it was read
