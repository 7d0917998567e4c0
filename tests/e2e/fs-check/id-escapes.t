# An id is checked with its escapes decoded (firstsec(5)): 'A\t1' holds a
# tab and is refused.  It is compared byte for byte as written: 'A\1'
# and 'A\\1' (both the text A\1) are two items, not a repeat.
$ fs-check --type rectify r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened
A\1	V1	c	p	2026-01-01
A\\1	V1	c	p	2026-01-01
A\t1	V1	c	p	2026-01-01
>>> stderr
fs-check: r.tsv:4: column 'item_id': id with white space or a control character (got 'A\t1')
>>> status 2
