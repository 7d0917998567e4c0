# A secretary is listed once the posting has begun by the as-of date:
# S1's term starts on the as-of date itself (1 of its 306 days in 2026
# elapsed, 27.40 due by then), S2's the day after (not listed).
$ fs-funds --roster roster.tsv --as-of 2026-03-01 funds.tsv; echo "exit $?"; fs-funds --roster roster.tsv --as-of 2026-03-01 --findings funds.tsv | cut -f 2,3,5,8
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	A	U	V01	2026-03-01	2028-02-29	
S2	B	U	V02	2026-03-02	2028-03-01	
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	0.00	8383.57	0.00	0.00	0.00	behind
exit 0
rule	severity	entity_id	detail
funds.subsidy-missing	warning	S1	no communication_subsidy received in 2026 yet (the window runs to 2026-12-31)
funds.subsidy-missing	warning	S1	no living_subsidy received in 2026 yet (the window runs to 2026-12-31)
funds.subsidy-missing	warning	S1	no transport_subsidy received in 2026 yet (the window runs to 2026-12-31)
funds.support-behind	warning	S1	support received 0.00; 27.40 due by 2026-03-01 (1 of 306 days), 8383.57 for the window
