# With a roster the window is the union of the postings' services cut to
# the year: support_required = ceil(1000000 fen x window days / 365).
# S1 serves 1 day of 2026 (27.40); S2's term ends 2026-02-28 (59 days,
# 1616.44); S4 serves two postings that overlap, 2026-01-01..06-30 (181 days,
# 4958.91), and left early from the second.  S3 starts in 2027 and S5 is
# not rostered: neither is listed, but S5 is said (funds.unknown-secretary,
# a warning: a typo in a secretary_id would leave support out silently).
# A rostered secretary without a single row is listed.  A finding's
# village is that of the secretary's latest posting in the year.
$ fs-funds --roster roster.tsv --year 2026 --as-of 2027-01-10 funds.tsv; echo "exit $?"; fs-funds --roster roster.tsv --as-of 2026-03-01 funds.tsv; fs-funds --roster roster.tsv --year 2026 --as-of 2027-01-10 --findings funds.tsv | cut -f 2,3,5,6,8
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	李明	县财政局	V01	2026-12-31	2028-12-30	
S2	王芳	县农业银行	V02	2024-03-01	2026-02-28	
S3	赵军	省农业大学	V03	2027-01-01	2028-12-31	
S4	陈静	市水利局	V04	2026-01-01	2026-03-31	
S4	陈静	市水利局	V05	2026-03-15	2028-03-14	2026-06-30
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id
2026-12-31	V01	support	in	27.40	S1
2026-12-31	V01	living_subsidy	in	1.00	S1
2026-12-31	V01	transport_subsidy	in	1.00	S1
2026-12-31	V01	communication_subsidy	in	1.00	S1
2026-01-10	V02	support	in	1616.43	S2
2026-01-10	V02	living_subsidy	in	1.00	S2
2026-01-10	V02	transport_subsidy	in	1.00	S2
2026-01-10	V02	communication_subsidy	in	1.00	S2
2026-01-10	V09	support	in	1.00	S5
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	27.40	27.40	1.00	1.00	1.00	ok
S2	2026	1616.43	1616.44	1.00	1.00	1.00	short
S4	2026	0.00	4958.91	0.00	0.00	0.00	short
exit 1
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S2	2026	1616.43	1616.44	1.00	1.00	1.00	short
S4	2026	0.00	4958.91	0.00	0.00	0.00	behind
rule	severity	entity_id	village_id	detail
funds.support-short	violation	S2	V02	support received 1616.43 of 1616.44 required for 59 days in 2026
funds.subsidy-missing	violation	S4	V05	no communication_subsidy received in 2026
funds.subsidy-missing	violation	S4	V05	no living_subsidy received in 2026
funds.subsidy-missing	violation	S4	V05	no transport_subsidy received in 2026
funds.support-short	violation	S4	V05	support received 0.00 of 4958.91 required for 181 days in 2026
funds.unknown-secretary	warning	S5	V09	not on the roster: support received 1.00 in 2026, not judged
