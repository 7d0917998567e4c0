# With --rejects, a household register row put aside for a column
# fs-funds does not use (an income typed 1,200.00) still puts its
# household on the register: a benefit paid to H1 is not one "to a
# household not in hh.tsv"; H2, on no row, is.  A secretary with a
# roster row put aside is left unjudged (not listed, no finding), and
# standard error says so.
$ fs-funds --as-of 2026-11-30 --households hh.tsv --roster roster.tsv --rejects rej.tsv funds.tsv; echo "exit $?"; fs-funds --as-of 2026-11-30 --households hh.tsv --roster roster.tsv --rejects rej.tsv --findings funds.tsv | cut -f 2,5,8; cut -f 1 rej.tsv
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V1	甲	2	1,200.00	poor
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	insurance_until
S1	甲	县财政局	V1	2026-01-01	2027-12-31	2026/12/31
S2	乙	县财政局	V1	2026-01-01	2027-12-31	
<<< funds.tsv
date	village_id	category	flow	amount	secretary_id	household_id	notice_ref
2026-03-01	V1	support	in	10000.00	S2		
2026-03-01	V1	support	in	10000.00	S1		
2026-03-02	V1	benefit	out	100.00		H1	N1
2026-03-02	V1	benefit	out	100.00		H2	N1
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S2	2026	10000.00	10000.00	0.00	0.00	0.00	ok
exit 3
rule	entity_id	detail
funds.unknown-household	H2	benefit of 100.00 paid to a household not in hh.tsv
funds.subsidy-missing	S2	no communication_subsidy received in 2026 yet (the window runs to 2026-12-31)
funds.subsidy-missing	S2	no living_subsidy received in 2026 yet (the window runs to 2026-12-31)
funds.subsidy-missing	S2	no transport_subsidy received in 2026 yet (the window runs to 2026-12-31)
source
roster.tsv:2
hh.tsv:2
>>> stderr
fs-funds: the secretary of 1 roster row put aside in rej.tsv is left unjudged (mend it and run again)
fs-funds: 2 invalid rows written to rej.tsv
fs-funds: the secretary of 1 roster row put aside in rej.tsv is left unjudged (mend it and run again)
fs-funds: 2 invalid rows written to rej.tsv
