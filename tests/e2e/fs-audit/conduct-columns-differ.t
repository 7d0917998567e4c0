# Every input needs the first input's columns: a missing or an extra
# column is exit 2, naming both files.
$ fs-audit conduct --rules none --as-of 2026-04-01 a.tsv b.tsv; fs-audit conduct --rules none --as-of 2026-04-01 a.tsv c.tsv
<<< a.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	x
<<< b.tsv
date	secretary_id	kind	settled
2026-03-01	S1	meal	no
<<< c.tsv
date	secretary_id	kind	settled	note	remark
2026-03-01	S1	meal	no	x	y
>>> stderr
fs-audit: b.tsv: missing column 'note' (every input needs the columns of a.tsv)
fs-audit: c.tsv: column 'remark' is not in a.tsv (every input needs the same columns)
>>> status 2
