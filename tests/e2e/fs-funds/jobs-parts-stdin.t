# The ledger as standard input that is a file (fs-funds --jobs 2 <
# f.tsv, no operand) is the only input, as a file named once is: it is
# cut into parts (fs-funds(1), --jobs), and FS_FUNDS_TRACE says so.  A
# pipe cannot be cut and is read in order.  Either way the findings are
# one thread's, with 2 and 3 threads.  Standard input a shell left
# part-way through (the first line read by `read`) is cut from there,
# and its lines are counted from there, as one thread counts them.
$ awk -f gen.awk > f.tsv; { echo "不是账的一行"; cat f.tsv; } > g.tsv; fs-funds --jobs 1 --as-of 2026-12-31 --year 2026 --findings < f.tsv > one; echo "exit $?"; cut -f 2,4,6- one; for j in 2 3; do FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of 2026-12-31 --year 2026 --findings < f.tsv > many 2> trace; echo "< file, $j: exit $? $(cmp -s one many && echo same) $(cat trace)"; cat f.tsv | FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of 2026-12-31 --year 2026 --findings > many 2> trace; echo "pipe, $j: exit $? $(cmp -s one many && echo same) $(cat trace)"; { read -r junk; FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of 2026-12-31 --year 2026 --findings > many 2> trace; } < g.tsv; echo "part-way, $j: exit $? $(cmp -s one many && echo same) $(cat trace)"; done
<<< gen.awk
# 9,000 rows in date order, 30 a day from 2026-01-01 (28 days a month):
# three project ledgers that get 3000.00 each on the first day and then
# only pay out, so that each runs into a deficit at a row that depends
# on every row before it.
BEGIN {
	OFS = "\t"
	print "date", "village_id", "category", "flow", "amount", "secretary_id", "source", "household_id", "notice_ref", "ref", "note"
	for (k = 0; k < 9000; k++) {
		date = sprintf("2026-%02d-%02d", 1 + int(k / 900), 1 + int(k % 900 / 33))
		v = "V" (1 + k % 3)
		if (k < 3)
			print date, v, "project", "in", "3000.00", "", "县财政局", "", "", "R" k, ""
		else
			print date, v, "project", "out", sprintf("%d.%02d", 1 + k % 3, k % 100), "", "", "", "", "R" k, ""
	}
}
>>> stdout
exit 1
rule	entity	village_id	period	detail	source
funds.overspend	village	V1	2026-07-20	project: out beyond the money held, a deficit of 0.35	<stdin>:6029
funds.overspend	village	V2	2026-05-01	project: out beyond the money held, a deficit of 0.21	<stdin>:3612
funds.overspend	village	V3	2026-03-24	project: out beyond the money held, a deficit of 0.28	<stdin>:2581
< file, 2: exit 1 same fs-funds: <stdin>: read in 6 parts
pipe, 2: exit 1 same fs-funds: <stdin>: read in order
part-way, 2: exit 1 same fs-funds: <stdin>: read in 6 parts
< file, 3: exit 1 same fs-funds: <stdin>: read in 6 parts
pipe, 3: exit 1 same fs-funds: <stdin>: read in order
part-way, 3: exit 1 same fs-funds: <stdin>: read in 6 parts
