# Rows dated after the as-of date are planned payments, counted nowhere: not
# in the secretary's sums (S1 is behind), not listing a secretary (S2), not
# in the ledgers (no overspend, no untraced benefit).  The ledger rules look
# at every row up to the as-of date, whatever --year: V01's 2025 deficit
# is found with --year 2024 (an empty table: no secretary has a row then).
$ fs-funds --as-of 2026-12-30 funds.tsv; echo "exit $?"; fs-funds --as-of 2026-12-30 --year 2024 --findings funds.tsv | cut -f 2,5,7,9
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id	household_id
2026-01-05	V01	support	in	9000.00	S1	
2026-01-05	V01	living_subsidy	in	1.00	S1	
2026-01-05	V01	transport_subsidy	in	1.00	S1	
2026-01-05	V01	communication_subsidy	in	1.00	S1	
2026-12-31	V01	support	in	1000.00	S1	
2026-12-31	V02	support	in	10000.00	S2	
2026-12-31	V02	support	out	20000.00	S2	
2026-12-31	V02	benefit	out	20000.00		
2025-03-01	V01	project	out	1.00		
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	9000.00	10000.00	1.00	1.00	1.00	behind
exit 1
rule	entity_id	period	source
funds.overspend	V01	2025-03-01	funds.tsv:10
