# An id with Unicode white space, a C1 control or a zero-width space in
# it is invalid (firstsec(5)): em space, line separator, NEL, zero-width
# space, BOM inside; so is one with a joiner, a right-to-left override or
# a soft hyphen, said as invisible; an id with other letters and marks is
# not.  The message shows what cannot be seen as an escape.
$ fs-check -t rectify --rejects rej.tsv r.tsv; cat rej.tsv
<<< r.tsv
item_id	village_id	category	problem	opened
A B	V1	weak	p	2026-03-01
A B	V1	weak	p	2026-03-01
AD	V1	weak	p	2026-03-01
A​E	V1	weak	p	2026-03-01
A﻿F	V1	weak	p	2026-03-01
A‐G	V1	weak	p	2026-03-01
村、一	V1	weak	p	2026-03-01
A‍H	V1	weak	p	2026-03-01
‮I	V1	weak	p	2026-03-01
J­	V1	weak	p	2026-03-01
>>> stdout
file	type	rows	invalid
r.tsv	rectify	10	8
source	reason	item_id	village_id	category	problem	opened
r.tsv:2	column 'item_id': id with white space or a control character (got 'A B')	A B	V1	weak	p	2026-03-01
r.tsv:3	column 'item_id': id with white space or a control character (got 'A\u2028B')	A B	V1	weak	p	2026-03-01
r.tsv:4	column 'item_id': id with white space or a control character (got 'A\u0085D')	AD	V1	weak	p	2026-03-01
r.tsv:5	column 'item_id': id with white space or a control character (got 'A\u200bE')	A​E	V1	weak	p	2026-03-01
r.tsv:6	column 'item_id': id with white space or a control character (got 'A\ufeffF')	A﻿F	V1	weak	p	2026-03-01
r.tsv:9	column 'item_id': id with an invisible character (got 'A\u200dH')	A‍H	V1	weak	p	2026-03-01
r.tsv:10	column 'item_id': id with an invisible character (got '\u202eI')	‮I	V1	weak	p	2026-03-01
r.tsv:11	column 'item_id': id with an invisible character (got 'J\u00ad')	J­	V1	weak	p	2026-03-01
>>> stderr
fs-check: 8 invalid rows written to rej.tsv
