# For the table every input needs the first input's columns: a missing
# or an extra column is exit 2, naming both files.  The findings need
# only each format's columns: the three together, exit 1.
$ fs-audit conduct --rules none --as-of 2026-04-01 a.tsv b.tsv; fs-audit conduct --rules none --as-of 2026-04-01 a.tsv c.tsv; fs-audit conduct --rules none --findings --as-of 2026-04-01 a.tsv b.tsv c.tsv > f.tsv; echo "exit $?"; cut -f 2,9 f.tsv
<<< a.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	x
<<< b.tsv
date	secretary_id	kind	settled
2026-03-01	S1	meal	no
<<< c.tsv
date	secretary_id	kind	settled	note	remark
2026-03-01	S1	meal	no	x	y
>>> stdout
exit 1
rule	source
audit.unpaid-meal	a.tsv:2
audit.unpaid-meal	b.tsv:2
audit.unpaid-meal	c.tsv:2
>>> stderr
fs-audit: b.tsv: no column 'note', which a.tsv has
fs-audit: c.tsv: column 'remark' is not in a.tsv
