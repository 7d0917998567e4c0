# funds.subsidy-missing: one finding per subsidy category with no `in` row
# in the year, named in the detail; a warning while the window is under
# way, a violation once it is complete.  An `out` row is not a payment to
# the secretary, and a subsidy of another year does not count.
$ fs-funds --as-of 2026-12-30 --findings funds.tsv; echo "exit $?"; fs-funds --as-of 2026-12-31 --findings funds.tsv; echo "exit $?"
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-01-05	V01	support	in	10000.00	S1
2026-01-05	V01	living_subsidy	in	100.00	S1
2026-01-06	V01	transport_subsidy	out	100.00	S1
2025-12-31	V01	communication_subsidy	in	100.00	S1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.subsidy-missing	warning	secretary	S1	V01	2026	no communication_subsidy received in 2026 yet (the window runs to 2026-12-31)	
fs-funds	funds.subsidy-missing	warning	secretary	S1	V01	2026	no transport_subsidy received in 2026 yet (the window runs to 2026-12-31)	
exit 0
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.subsidy-missing	violation	secretary	S1	V01	2026	no communication_subsidy received in 2026	
fs-funds	funds.subsidy-missing	violation	secretary	S1	V01	2026	no transport_subsidy received in 2026	
exit 1
