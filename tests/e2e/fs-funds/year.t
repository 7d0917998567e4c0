# --year picks the table's year (default: the as-of year).  A past year's
# windows are complete; a window that has not begun by the as-of date is
# not listed (S2 starts on 2026-07-01).
$ fs-funds --as-of 2026-06-30 --year 2025 --roster roster.tsv funds.tsv; fs-funds --as-of 2026-06-30 --roster roster.tsv funds.tsv; echo "exit $?"
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	李明	县财政局	V01	2025-01-01	2026-12-31
S2	王芳	县农业银行	V02	2026-07-01	2028-06-30
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2025-02-01	V01	support	in	10000.00	S1
2025-02-01	V01	living_subsidy	in	100.00	S1
2025-02-01	V01	transport_subsidy	in	100.00	S1
2025-02-01	V01	communication_subsidy	in	100.00	S1
2026-02-01	V01	support	in	5000.00	S1
2026-02-01	V01	living_subsidy	in	100.00	S1
2026-02-01	V01	transport_subsidy	in	100.00	S1
2026-02-01	V01	communication_subsidy	in	100.00	S1
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2025	10000.00	10000.00	100.00	100.00	100.00	ok
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	5000.00	10000.00	100.00	100.00	100.00	ok
exit 0
