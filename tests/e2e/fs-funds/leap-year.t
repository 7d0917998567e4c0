# 2028 has 366 days: a whole year needs 10000.00, and a window of
# 2028-01-01..06-30 (182 days) ceil(1000000 x 182 / 366) = 4972.68; under
# way on 2028-02-29 (60 days), ceil(1000000 x 60 / 366) = 1639.35 is due.
$ fs-funds --roster roster.tsv --as-of 2028-12-31 funds.tsv; fs-funds --as-of 2028-12-31 funds.tsv; fs-funds --roster roster.tsv --as-of 2028-02-29 funds.tsv
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	李明	县财政局	V01	2026-07-01	2028-06-30
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2028-02-29	V01	support	in	1639.35	S1
2028-03-01	V01	support	in	3333.33	S1
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2028	4972.68	4972.68	0.00	0.00	0.00	ok
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2028	4972.68	10000.00	0.00	0.00	0.00	short
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2028	1639.35	4972.68	0.00	0.00	0.00	ok
