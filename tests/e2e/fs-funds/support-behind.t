# Window under way: support is due in proportion to the elapsed days,
# ceil(1000000 fen x 182 / 365) = 4986.31 by 2026-07-01 (day 182).  4986.31
# is on pace; 4986.30 is behind (funds.support-behind, a warning: exit 0,
# exit 1 with --strict-warnings).
$ fs-funds --as-of 2026-07-01 funds.tsv; echo "exit $?"; fs-funds --as-of 2026-07-01 --findings funds.tsv; echo "exit $?"; fs-funds --as-of 2026-07-01 --strict-warnings funds.tsv >/dev/null; echo "strict exit $?"
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-07-01	V01	support	in	4986.31	S1
2026-01-05	V01	living_subsidy	in	100.00	S1
2026-01-05	V01	transport_subsidy	in	100.00	S1
2026-01-05	V01	communication_subsidy	in	100.00	S1
2026-02-01	V02	support	in	4986.30	S2
2026-01-05	V02	living_subsidy	in	100.00	S2
2026-01-05	V02	transport_subsidy	in	100.00	S2
2026-01-05	V02	communication_subsidy	in	100.00	S2
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	4986.31	10000.00	100.00	100.00	100.00	ok
S2	2026	4986.30	10000.00	100.00	100.00	100.00	behind
exit 0
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S2	V02	2026	support received 4986.30; 4986.31 due by 2026-07-01 (182 of 365 days), 10000.00 for the window	
exit 0
strict exit 1
