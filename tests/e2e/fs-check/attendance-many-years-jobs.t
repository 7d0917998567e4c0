# The day maps of two threads' parts are merged by walking their lists
# of years, latest first, side by side (common/keys.c
# fs_keycheck_merge()): a list put out of order by the index of years
# would hide conflicts.  a.tsv (12 MB, no conflict, one secretary whose
# years jump about, so its walks earn an index) is read in parts at
# -j 2 and merged; b.tsv then conflicts with 251 of its rows, found the
# same at -j 1 and -j 2.
$ sh m.sh
<<< m.sh
awk 'BEGIN { print "secretary_id\tdate\tstatus"
	for (i = 0; i < 250000; i++) {
		printf "S1\t%04d-%02d-%02d\tin_village\n", (i * 7) % 10000, i % 12 + 1, i % 28 + 1
		printf "S1\t%04d-01-01\tin_village\n", (i * 3) % 10000 } }' > a.tsv
awk 'BEGIN { print "secretary_id\tdate\tstatus"
	for (i = 0; i < 250000; i += 997)
		printf "S1\t%04d-%02d-%02d\tleave\n", (i * 7) % 10000, i % 12 + 1, i % 28 + 1 }' > b.tsv
for j in 1 2; do fs-check -j $j -t attendance --rejects rj$j.tsv a.tsv b.tsv > /dev/null 2>&1; echo "-j $j: exit $?, $(($(wc -l < rj$j.tsv) - 1)) rows put aside"; done; cmp rj1.tsv rj2.tsv && echo same
>>> stdout
-j 1: exit 3, 251 rows put aside
-j 2: exit 3, 251 rows put aside
same
