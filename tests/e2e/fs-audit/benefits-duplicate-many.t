# audit.duplicate-benefit over 3,000 groups, so that the table of groups
# grows several times (from 1,024 slots; from a file, by what the groups
# so far foretell; from standard input, twice at a time): the rows of
# every seventh ID number come again after all the others, in the same
# program and year (the check digit X written x: the same person), so
# each repeat is found in a table grown since its first row.  Another
# program or another year for the same ID number is no repeat.  The table
# is the same from the file, from standard input and from two files, and
# --findings says each repeated row once.
$ awk -f gen.awk > b.tsv; fs-audit benefits --as-of 2026-12-31 b.tsv > t1; echo "exit $?"; fs-audit benefits --as-of 2026-12-31 < b.tsv > t2; cmp t1 t2 && echo "stdin same"; head -n 1 b.tsv > c.tsv; tail -n +6002 b.tsv >> c.tsv; head -n 6001 b.tsv > a.tsv; fs-audit benefits --as-of 2026-12-31 a.tsv c.tsv > t3; cmp t1 t3 && echo "two files same"; awk -F '\t' 'NR > 1 { n[$NF]++ } END { for (p in n) print n[p], (p == "" ? "(none)" : p) }' t1 | LC_ALL=C sort -k 2; awk -F '\t' 'NR > 1 && $NF != "" { print $1 }' t1 | LC_ALL=C sort -u | awk '{ n++ } END { print n, "households repeated" }'; fs-audit benefits --findings --as-of 2026-12-31 b.tsv | awk -F '\t' 'NR > 1 { n[$2 " " $9]++ } END { for (k in n) if (n[k] != 1) print "twice:", k; print NR - 1, "findings" }'
<<< gen.awk
# Group i: ID number 110105 + birth day 1980-01-01 + i / 1000 days +
# sequence i % 1000, its check digit made; programs coal then food.
function check(s,    i, sum, w) {
	split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " ")
	for (i = 1; i <= 17; i++)
		sum += substr(s, i, 1) * w[i]
	return substr("10X98765432", sum % 11 + 1, 1)
}
function id(i,    s) {
	s = sprintf("110105198001%02d%03d", 1 + int(i / 1000), i % 1000)
	return s check(s)
}
function row(i, prog, year, low,    n) {
	n = id(i)
	if (low)
		sub(/X$/, "x", n)
	printf "H%04d\tV%02d\t%s\t%s\t%d-03-01\t%d-03-07\t%d-03-10\n", i, i % 50, prog, n, year, year, year
}
BEGIN {
	print "household_id\tvillage_id\tprogram\tid_number\tnotice_start\tnotice_end\tgranted"
	for (i = 0; i < 3000; i++) {
		row(i, "coal", 2026, 0)
		row(i, "food", 2026, 0)
	}
	for (i = 0; i < 3000; i++) {
		row(i, "coal", 2025, 1)
		if (i % 7 == 0)
			row(i, "food", 2026, 1)
	}
}
>>> stdout
exit 1
stdin same
two files same
8571 (none)
858 audit.duplicate-benefit
429 households repeated
858 findings
