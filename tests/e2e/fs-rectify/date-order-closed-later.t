# A closed date before the opened date is rectify.date-order even when it
# is after the as-of date (and so not yet a closure): the dates are
# written wrong either way.
$ fs-rectify --findings --as-of 2026-05-10 r.tsv | cut -f 2,5,8
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
A	V	c	p	2026-06-01	m	r	2026-07-01	2026-05-20	e	v
>>> stdout
rule	entity_id	detail
rectify.date-order	A	closed 2026-05-20 is 12 days before opened 2026-06-01
