# --jobs on a file of many pieces (a day map: the threads claim pieces
# of 64 KB or more in turn, smaller towards the end): 60,000 rows over
# 600 secretaries and 100 days, with plain duplicates, must count as one
# thread counts; a conflict on the last row, or with the first, must be
# reported as one thread reports it; a last line without a newline too.
$ sh gen.sh > a.tsv; { cat a.tsv; printf 'S7\t2026-01-03\tleave\n'; } > b.tsv; { head -1 a.tsv; printf 'S9\t2026-03-01\tleave\n'; tail -n +2 a.tsv; } > c.tsv; { cat a.tsv; printf 'S1\t2026-12-30\tleave'; } > d.tsv; for f in a b c d; do for j in 1 2 3 7; do fs-check --jobs $j -t attendance $f.tsv > out.$j 2>&1; echo "exit $?" >> out.$j; cmp -s out.1 out.$j || echo "$f differs with --jobs $j"; done; cat out.1; done
<<< gen.sh
awk 'BEGIN {
	print "secretary_id\tdate\tstatus"
	for (d = 0; d < 100; d++)
		for (s = 1; s <= 600; s++) {
			day = sprintf("2026-%02d-%02d", 1 + int(d / 28), 1 + d % 28)
			print "S" s "\t" day "\tin_village"
			if ((s * 7 + d) % 997 == 0)	# a plain duplicate
				print "S" s "\t" day "\tin_village"
		}
}'
>>> stdout
file	type	rows	invalid
a.tsv	attendance	60056	0
exit 0
fs-check: b.tsv:60058: conflicts with 'in_village' at b.tsv:1208 for the same secretary_id and date (got 'leave')
exit 2
fs-check: c.tsv:33643: conflicts with 'leave' at c.tsv:2 for the same secretary_id and date (got 'in_village')
exit 2
file	type	rows	invalid
d.tsv	attendance	60057	0
exit 0
