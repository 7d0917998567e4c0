# The household_ids of a file read again are read back from it when two
# tags match (same-tag.t).  Here a.tsv's first household_id, H1, is
# rewritten in place (HZ) once a.tsv has been read (see changed.t), and
# standard input then gives H1 again: read back, the bytes differ, so
# the repeat is not seen; but the file changed, and the run fails
# before any table is written (exit 2), so nothing wrong comes out.
$ awk -v n=3000 -v from=1 -f register.awk > a.tsv; touch -d '2020-01-01 00:00' a.tsv; off=$(head -n 1 a.tsv | wc -c); { awk -v n=3000 -v from=10000 -f register.awk; printf 'Z' | dd of=a.tsv bs=1 seek=$((off + 1)) conv=notrunc 2>/dev/null; printf 'H1\tV1\t李四\t1\t1\tnot_poor\t\t\t\n'; } | fs-households --as-of 2026-06-30 a.tsv - > out.tsv; echo "exit $?"; wc -c < out.tsv; sed -n 2p a.tsv | cut -f 1
>>> stdout
exit 2
0
HZ
>>> stderr
fs-households: a.tsv: the file changed while it was read
