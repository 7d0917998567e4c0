# Several ledgers (and - for standard input), each with its own header:
# sources name each file and line, findings are sorted by village; an
# item_id repeated across files is invalid too.
$ fs-rectify --as-of 2026-10-12 --findings a.tsv - b.tsv; cp a.tsv c.tsv; fs-rectify --as-of 2026-10-12 a.tsv c.tsv
<<< a.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A1	V2	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
<<< -
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
B1	V3	weak_organization	问题	2026-01-05	整改措施	王书记	2026-09-30			
<<< b.tsv
opened	category	problem	village_id	item_id
2026-01-05	c	p	V1	C1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.incomplete	violation	item	C1	V1		the measure, the responsible person and the deadline are missing	b.tsv:2
fs-rectify	rectify.overdue	violation	item	A1	V2	2026-09-30	deadline 2026-09-30 passed 12 days ago; not closed	a.tsv:2
fs-rectify	rectify.overdue	violation	item	B1	V3	2026-09-30	deadline 2026-09-30 passed 12 days ago; not closed	<stdin>:2
>>> stderr
fs-rectify: c.tsv:2: the same item_id as a.tsv:2 (got 'A1')
>>> status 2
