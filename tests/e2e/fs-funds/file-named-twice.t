# An input file named twice, by the same name or another (./f.tsv, a
# hard link, standard input redirected from it), is an error (exit 2):
# its money would count twice.  A copy is another file.  fs-report takes
# a findings file twice, and counts its findings once.
$ sh run.sh
<<< run.sh
fs-funds --as-of 2026-06-30 --balances f.tsv f.tsv; echo "exit $?"
fs-funds --as-of 2026-06-30 --balances f.tsv ./f.tsv; echo "exit $?"
ln f.tsv g.tsv; fs-funds --as-of 2026-06-30 --balances g.tsv f.tsv; echo "exit $?"
fs-funds --as-of 2026-06-30 --balances f.tsv - < f.tsv; echo "exit $?"
cp f.tsv h.tsv; fs-funds --as-of 2026-06-30 --balances f.tsv h.tsv | cut -f 1-5; echo "exit $?"
fs-report --as-of 2026-06-30 --findings x.findings x.findings | wc -l; echo "exit $?"
<<< f.tsv
date	village_id	category	flow	amount
2026-03-01	V1	project	in	100
<<< x.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.term	violation	secretary	S1	V1		short	
>>> stdout
exit 2
exit 2
exit 2
exit 2
village_id	category	in	out	balance
V1	project	200.00	0.00	200.00
exit 0
2
exit 0
>>> stderr
fs-funds: f.tsv: the same file as f.tsv; a file is read once
fs-funds: ./f.tsv: the same file as f.tsv; a file is read once
fs-funds: f.tsv: the same file as g.tsv; a file is read once
fs-funds: <stdin>: the same file as f.tsv; a file is read once
