# A plan (or a notice_ref, an evidence ...) that is a spreadsheet's error
# value, left where a lookup formula failed, is no plan: #N/A counts as
# missing, as N/A does; before, it counted as a plan, and a payment with
# notice_ref #N/A as traced.
$ fs-households --as-of 2026-06-30 --findings h.tsv | cut -f 2,5; fs-funds --as-of 2026-06-30 --findings f.tsv | cut -f 2,9
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	helper_id	plan
H1	V01	X	1	3000	poor	P1	#N/A
H2	V01	X	1	3000	poor	P1	N/A
H3	V01	X	1	3000	poor	P1	#REF!
H4	V01	X	1	3000	poor	P1	养殖
<<< f.tsv
date	village_id	category	flow	amount	household_id	notice_ref
2026-01-02	V01	benefit	out	100	H1	#N/A
2026-01-02	V01	benefit	out	100	H2	GS-2026-01
>>> stdout
rule	entity_id
households.no-plan	H1
households.no-plan	H2
households.no-plan	H3
rule	source
funds.benefit-untraced	f.tsv:2
