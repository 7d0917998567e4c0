# A cell of white space alone is a missing value, as an empty one is: a
# clerk clears a cell by typing a space.  The measure, the responsible
# person, the evidence and who verified it of a space, a no-break space,
# an ideographic space or an escaped tab are missing (rectify.incomplete,
# rectify.unverified), as I5's empty cells are; a deadline of a space is
# missing too, and written empty in the table.  I6 is whole.
$ fs-rectify --as-of 2026-06-30 r.tsv; echo "exit $?"; fs-rectify --findings --as-of 2026-06-30 r.tsv
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
I1	V1	weak_organization	no meetings	2026-01-05	 	 	2026-03-01	2026-02-01	 	 
I2	V1	weak_organization	no meetings	2026-01-05	 	　	2026-03-01	2026-02-01	\t	 　
I3	V1	weak_organization	no meetings	2026-01-05	measure	Wang	 	2026-02-01	minutes	  
I4	V1	weak_organization	no meetings	2026-01-05	measure	Wang	2026-03-01		 \t 	
I5	V1	weak_organization	no meetings	2026-01-05			2026-03-01	2026-02-01		
I6	V1	weak_organization	no meetings	2026-01-05	measure	Wang	2026-03-01	2026-02-01	minutes	town
>>> stdout
item_id	village_id	category	deadline	closed	state	days_overdue
I1	V1	weak_organization	2026-03-01	2026-02-01	unverified	0
I2	V1	weak_organization	2026-03-01	2026-02-01	unverified	0
I3	V1	weak_organization		2026-02-01	unverified	0
I4	V1	weak_organization	2026-03-01		overdue	121
I5	V1	weak_organization	2026-03-01	2026-02-01	unverified	0
I6	V1	weak_organization	2026-03-01	2026-02-01	closed	0
exit 1
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-rectify	rectify.incomplete	violation	item	I1	V1	2026-03-01	the measure and the responsible person are missing	r.tsv:2
fs-rectify	rectify.unverified	violation	item	I1	V1	2026-03-01	closed 2026-02-01 with no evidence and no verified_by	r.tsv:2
fs-rectify	rectify.incomplete	violation	item	I2	V1	2026-03-01	the measure and the responsible person are missing	r.tsv:3
fs-rectify	rectify.unverified	violation	item	I2	V1	2026-03-01	closed 2026-02-01 with no evidence and no verified_by	r.tsv:3
fs-rectify	rectify.incomplete	violation	item	I3	V1		the deadline is missing	r.tsv:4
fs-rectify	rectify.unverified	violation	item	I3	V1		closed 2026-02-01 with no verified_by	r.tsv:4
fs-rectify	rectify.overdue	violation	item	I4	V1	2026-03-01	deadline 2026-03-01 passed 121 days ago; not closed	r.tsv:5
fs-rectify	rectify.incomplete	violation	item	I5	V1	2026-03-01	the measure and the responsible person are missing	r.tsv:6
fs-rectify	rectify.unverified	violation	item	I5	V1	2026-03-01	closed 2026-02-01 with no evidence and no verified_by	r.tsv:6
>>> status 1
