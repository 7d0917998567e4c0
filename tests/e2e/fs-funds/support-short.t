# Window complete (as-of on or after its last day): 10000.00 is enough,
# 9999.99 is short (funds.support-short, a violation); the subsidies of a
# complete window that never came are violations, one per category.
$ fs-funds --as-of 2027-01-01 --year 2026 --findings funds.tsv
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-02-01	V01	support	in	10000.00	S1
2026-02-01	V01	living_subsidy	in	100.00	S1
2026-02-01	V01	transport_subsidy	in	100.00	S1
2026-02-01	V01	communication_subsidy	in	100.00	S1
2026-02-01	V02	support	in	9999.99	S2
2026-02-01	V02	living_subsidy	in	100.00	S2
2026-12-31	V02	support	out	9999.99	S2
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.subsidy-missing	violation	secretary	S2	V02	2026	no communication_subsidy received in 2026	
fs-funds	funds.subsidy-missing	violation	secretary	S2	V02	2026	no transport_subsidy received in 2026	
fs-funds	funds.support-short	violation	secretary	S2	V02	2026	support received 9999.99 of 10000.00 required for 365 days in 2026	
>>> status 1
