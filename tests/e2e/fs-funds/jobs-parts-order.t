# When the parts do not fit together, the file is read again in order,
# which reports what it always did (fs-funds(1), THREADS).  late.tsv: V9's
# project rows are at the file's start, dated 2026-01-01 and 01-02, and
# one more, dated 2026-01-01, at its end: the last part holds only that
# row of the ledger, in order within the part but dated before the
# ledger's latest day, so the fold refuses it.  One thread runs the
# ledger by days: the 30.00 of 01-01 came before the out of 01-02, and
# there is no deficit.  big.tsv: V8's project money sums past the largest
# amount only when the last part is folded in.  The outputs and messages
# of 2 and 3 threads must be one thread's.  zero.tsv does fit together:
# V10's 100.00 comes in at the start, and the last part spends 60.00 and
# 40.00, down to exactly nothing, which is no deficit, then 0.01, which
# is (line 40005).
$ awk -f gen.awk > f.tsv; { head -n 1 f.tsv; printf '2026-01-01\tV9\tproject\tin\t10.00\n2026-01-02\tV9\tproject\tout\t20.00\n'; tail -n +2 f.tsv; printf '2026-01-01\tV9\tproject\tin\t30.00\n'; } > late.tsv; { head -n 1 f.tsv; printf '2026-01-01\tV8\tproject\tin\t92233720368547758.00\n'; tail -n +2 f.tsv; printf '2026-04-01\tV8\tproject\tin\t0.08\n'; } > big.tsv; { head -n 1 f.tsv; printf '2026-01-01\tV10\tproject\tin\t100.00\n'; tail -n +2 f.tsv; printf '2026-12-01\tV10\tproject\tout\t%s\n' 60.00 40.00 0.01; } > zero.tsv; for f in late big zero; do for opt in --balances --findings; do fs-funds --jobs 1 --as-of 2026-12-31 $opt $f.tsv > one 2> err1; echo "exit $?"; for j in 2 3; do FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of 2026-12-31 $opt $f.tsv > many 2> err; echo "exit $? $(cmp -s one many && echo same)"; grep -v 'read in' err | cmp -s - err1 && echo "same messages"; grep 'read in' err | sed 's/in [0-9]* parts/in N parts/'; done; done; done; fs-funds --jobs 1 --as-of 2026-12-31 --balances late.tsv | grep V9; fs-funds --jobs 1 --as-of 2026-12-31 --findings late.tsv | awk -F "\t" '$6 == "V9"' | wc -l; fs-funds --as-of 2026-12-31 --findings zero.tsv | grep V10
<<< gen.awk
BEGIN {
	OFS = "\t"
	print "date", "village_id", "category", "flow", "amount"
	for (k = 0; k < 40000; k++)
		print sprintf("2026-%02d-%02d", 1 + int(k / 4000), 1 + int(k / 200) % 20), "V" (1 + k % 7), k % 2 ? "collective" : "project", "in", (k % 90 + 1) ".00"
}
>>> stdout
exit 0
exit 0 same
same messages
fs-funds: late.tsv: read in order
exit 0 same
same messages
fs-funds: late.tsv: read in order
exit 0
exit 0 same
same messages
fs-funds: late.tsv: read in order
exit 0 same
same messages
fs-funds: late.tsv: read in order
exit 2
exit 2 same
same messages
fs-funds: big.tsv: read in order
exit 2 same
same messages
fs-funds: big.tsv: read in order
exit 2
exit 2 same
same messages
fs-funds: big.tsv: read in order
exit 2 same
same messages
fs-funds: big.tsv: read in order
exit 1
exit 1 same
same messages
fs-funds: zero.tsv: read in N parts
exit 1 same
same messages
fs-funds: zero.tsv: read in N parts
exit 1
exit 1 same
same messages
fs-funds: zero.tsv: read in N parts
exit 1 same
same messages
fs-funds: zero.tsv: read in N parts
V9	project	40.00	20.00	20.00	2026-01-01
0
fs-funds	funds.overspend	violation	village	V10	V10	2026-12-01	project: out beyond the money held, a deficit of 0.01	zero.tsv:40005
