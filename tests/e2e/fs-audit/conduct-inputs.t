# Several inputs: each has its own header, columns in any order; the
# table takes the first input's columns.  An input column 'problems' (a
# table read back) is replaced, and not matched.  A CRLF, BOM file and
# standard input work.
$ fs-audit conduct --rules rules.tsv --as-of 2026-04-01 a.tsv - bom-crlf.tsv
<<< rules.tsv
rule	pattern	severity
word	problem	warning
<<< a.tsv
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	meal	no	x	an old problem
<<< -
kind	note	date	secretary_id	settled	problems
gift	a problem	2026-03-02	S2	yes	
>>> stdout
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	meal	no	x	audit.unpaid-meal
2026-03-02	S2	gift	yes	a problem	audit.keyword.word
2026-03-03	S3	gift	no	y	audit.gift
>>> status 1
