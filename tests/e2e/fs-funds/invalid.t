# An invalid row stops the run (exit 2, FILE:LINE, nothing on stdout): an
# amount of 0, a support row without secretary_id, an unknown category.
$ fs-funds --as-of 2026-12-31 zero.tsv; fs-funds --as-of 2026-12-31 nosec.tsv; fs-funds --as-of 2026-12-31 cat.tsv
<<< zero.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-05	V01	project	in	10.00	
2026-01-05	V01	project	out	0	
<<< nosec.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-05	V01	support	in	10.00	
<<< cat.tsv
date	village_id	category	flow	amount
2026-01-05	V01	donation	in	10.00
>>> stderr
fs-funds: zero.tsv:3: column 'amount': amount must be positive (flow says in or out) (got '0')
fs-funds: nosec.tsv:2: column 'secretary_id': missing (the category is paid for a secretary) (got '')
fs-funds: cat.tsv:2: column 'category': not one of: support, living_subsidy, transport_subsidy, communication_subsidy, medical_exam, accident_insurance, project, collective, benefit (got 'donation')
>>> status 2
