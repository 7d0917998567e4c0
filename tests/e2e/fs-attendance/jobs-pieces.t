# --jobs on a file of many pieces (the threads claim pieces of 64 KB or
# more in turn, smaller towards the end, each a part of its own): records
# after the as-of date scattered through 60,000 rows, some repeated far
# apart (two pieces: one finding), must be judged as one thread judges
# them, each named by its line in the file.
$ sh gen.sh > a.tsv; for j in 1 2 3 7; do fs-attendance --jobs $j --calendar none --as-of 2026-06-30 --findings a.tsv > out.$j 2>&1; echo "exit $?" >> out.$j; cmp -s out.1 out.$j || echo "differs with --jobs $j"; done; grep -c future-record out.1; grep future-record out.1 | cut -f 5,7,9 | sed -n '1,3p;$p'; tail -1 out.1
<<< gen.sh
awk 'BEGIN {
	print "secretary_id\tdate\tstatus"
	for (d = 0; d < 100; d++)
		for (s = 1; s <= 600; s++) {
			day = sprintf("2026-%02d-%02d", 1 + int(d / 28), 1 + d % 28)
			print "S" s "\t" day "\tin_village"
			if ((s * 13 + d) % 1499 == 0)	# after the as-of date
				print "S" s "\t2026-12-" sprintf("%02d", 1 + s % 28) "\tleave"
			if (d == 90 && s % 100 == 0)	# one seen at d 5 again
				print "S" s "\t2026-11-11\ttraining"
			if (d == 5 && s % 100 == 0)
				print "S" s "\t2026-11-11\ttraining"
		}
}'
>>> stdout
45
S100	2026-11-11	a.tsv:3104
S108	2026-12-25	a.tsv:57158
S109	2026-12-26	a.tsv:49348
S600	2026-11-11	a.tsv:3609
exit 1
