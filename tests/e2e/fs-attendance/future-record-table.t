# The table does not keep a finding for each record after the as-of date
# (its memory would grow with such rows): it counts them, and one is
# enough for exit status 1, read by one thread or by several.  Here every
# secretary is ok and the one record after the as-of date is the file's
# last line, in the last part read.
$ sh gen.sh > a.tsv; for j in 1 2 3 7; do fs-attendance --jobs $j --calendar none --as-of 2026-04-16 a.tsv | cut -f 13 | sort | uniq -c; echo "exit $?"; fs-attendance --jobs $j --calendar none --as-of 2026-04-16 a.tsv > /dev/null; echo "--jobs $j: exit $?"; done
<<< gen.sh
awk 'BEGIN {
	print "secretary_id\tdate\tstatus"
	for (d = 0; d < 100; d++)
		for (s = 1; s <= 600; s++) {
			day = sprintf("2026-%02d-%02d", 1 + int(d / 28), 1 + d % 28)
			print "S" s "\t" day "\tin_village"
		}
	print "S7\t2026-12-01\tleave"
}'
>>> stdout
    600 ok
      1 status
exit 0
--jobs 1: exit 1
    600 ok
      1 status
exit 0
--jobs 2: exit 1
    600 ok
      1 status
exit 0
--jobs 3: exit 1
    600 ok
      1 status
exit 0
--jobs 7: exit 1
