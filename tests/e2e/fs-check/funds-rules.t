# Funds rows: amounts positive, in yuan with at most 2 decimals; support and
# subsidies name the secretary.
$ fs-check --type funds f.tsv
<<< f.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-05	V01	support	in	10000.00	S1
2026-01-05	V01	support	in	0	S1
2026-01-05	V01	project	in	-5	
2026-01-05	V01	living_subsidy	in	300	
2026-01-05	V01	project	in	1,000.00	
2026-01-05	V01	project	in	.5	
2026-01-05	V01	project	in	92233720368547758.08	
2026-01-05	V01	donation	in	5	
>>> stderr
fs-check: f.tsv:3: column 'amount': amount must be positive (flow says in or out) (got '0')
fs-check: f.tsv:4: column 'amount': amount must be positive (flow says in or out) (got '-5')
fs-check: f.tsv:5: column 'secretary_id': missing (the category is paid for a secretary) (got '')
fs-check: f.tsv:6: column 'amount': not an amount (yuan, like 1234.50, no thousands separators) (got '1,000.00')
fs-check: f.tsv:7: column 'amount': not an amount (yuan, like 1234.50) (got '.5')
fs-check: f.tsv:8: column 'amount': amount too large (got '92233720368547758.08')
fs-check: f.tsv:9: column 'category': not one of: support, living_subsidy, transport_subsidy, communication_subsidy, medical_exam, accident_insurance, project, collective, benefit (got 'donation')
>>> status 2
