# The record lows of a day with three or more outs that each go deeper
# are kept in memory, and only past 32,768 of them in a temporary file
# (in $TMPDIR): a ledger that needs none runs without a $TMPDIR that
# works.  One that needs the file and cannot make it stops (exit 2).
# big.tsv: 200.00 in, a day after, then 40,000 outs of 0.01 on the day
# between (out of date order: a ledger of days); the deficit is the
# 20,001st, line 20,004, among the record lows put in the file.  With
# 450.00 and 50,000 outs it is the 45,001st, among those still in memory.
$ TMPDIR=/nonexistent fs-funds --as-of 2026-12-31 --findings two.tsv | cut -f 2,9; TMPDIR=/nonexistent fs-funds --as-of 2026-12-31 --findings three.tsv | cut -f 2,9; for x in 200.00:40000:big 450.00:50000:big2; do awk -v x=$x 'BEGIN { split(x, a, ":"); OFS = "\t"; print "date", "village_id", "category", "flow", "amount"; print "2026-01-01", "V01", "project", "in", a[1]; print "2026-01-03", "V01", "project", "in", "1.00"; for (i = 0; i < a[2]; i++) print "2026-01-02", "V01", "project", "out", "0.01" }' > ${x##*:}.tsv; fs-funds --as-of 2026-12-31 --findings ${x##*:}.tsv | cut -f 2,8,9; done; TMPDIR=/nonexistent fs-funds --as-of 2026-12-31 --findings big.tsv; echo "exit $?"
<<< two.tsv
date	village_id	category	flow	amount
2026-01-02	V01	project	out	3.00
2026-01-02	V01	project	out	3.00
<<< three.tsv
date	village_id	category	flow	amount
2026-01-02	V01	project	out	3.00
2026-01-02	V01	project	out	3.00
2026-01-02	V01	project	out	3.00
>>> stdout
rule	source
funds.overspend	two.tsv:2
rule	source
funds.overspend	three.tsv:2
rule	detail	source
funds.overspend	project: out beyond the money held, a deficit of 0.01	big.tsv:20004
rule	detail	source
funds.overspend	project: out beyond the money held, a deficit of 0.01	big2.tsv:45004
exit 2
>>> stderr
fs-funds: /nonexistent: cannot make a temporary file: No such file or directory
