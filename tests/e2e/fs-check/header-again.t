# Two months joined with cat: the second header is an invalid row, said
# for what it is (before: "column 'date': not a date (got 'date')"),
# read by one thread or several; fs-import's CSV alike (before: passed
# through as a row, exit 0).  A findings stream may repeat its header.
$ sh gen.sh > big.tsv; cat a.tsv a.tsv > both.tsv; fs-check -t attendance both.tsv; echo "exit $?"; for j in 1 2; do fs-check -t attendance -j $j big.tsv; echo "exit $?"; done; cat a.csv a.csv | fs-import; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
<<< a.csv
secretary_id,date,status
S1,2026-01-05,in_village
<<< gen.sh
awk 'BEGIN {
	print "secretary_id\tdate\tstatus"
	for (s = 1; s <= 20000; s++) {
		print "S" s "\t2026-01-05\tin_village"
		if (s == 15000)
			print "secretary_id\tdate\tstatus"
	}
}'
>>> stdout
exit 2
exit 2
exit 2
exit 2
>>> stderr
fs-check: both.tsv:3: the header again (files joined with cat? give the tool each file by name)
fs-check: big.tsv:15002: the header again (files joined with cat? give the tool each file by name)
fs-check: big.tsv:15002: the header again (files joined with cat? give the tool each file by name)
fs-import: <stdin>:3: the header again (files joined with cat? give the tool each file by name)
