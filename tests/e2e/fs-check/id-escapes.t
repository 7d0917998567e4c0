# An id is checked with its escapes decoded (firstsec(5)): 'A\t1' holds a
# tab and is refused.  A backslash in an id is written '\\': 'A\1' and
# 'A\\1' stand for the same text (SPEC 1.1), and the same id spelled two
# ways would be two secretaries, two villages, two items; a lone
# backslash (a trailing one too) is refused, so that an id has one
# spelling.
$ fs-check --type rectify --rejects rej.tsv r.tsv; echo "exit $?"; cut -f 1,2 rej.tsv
<<< r.tsv
item_id	village_id	category	problem	opened
A\1	V1	c	p	2026-01-01
A\\1	V1	c	p	2026-01-01
A\t1	V1	c	p	2026-01-01
A\	V1	c	p	2026-01-01
A\\\\	V1	c	p	2026-01-01
>>> stdout
file	type	rows	invalid
r.tsv	rectify	5	3
exit 3
source	reason
r.tsv:2	column 'item_id': id with a lone backslash (in TSV a backslash is written twice: one id, one spelling) (got 'A\1')
r.tsv:4	column 'item_id': id with white space or a control character (got 'A\t1')
r.tsv:5	column 'item_id': id with a lone backslash (in TSV a backslash is written twice: one id, one spelling) (got 'A\')
>>> stderr
fs-check: 3 invalid rows written to rej.tsv
