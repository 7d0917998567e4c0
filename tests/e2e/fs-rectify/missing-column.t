# A header without a required column: exit 2, naming file and column.
$ fs-rectify --as-of 2026-10-12 r.tsv
<<< r.tsv
item_id	village_id	category	problem
A1	V1	c	p
>>> stderr
fs-rectify: r.tsv: missing column 'opened'
>>> status 2
