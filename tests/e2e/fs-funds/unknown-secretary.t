# funds.unknown-secretary (warning): with a roster, a secretary_id on a
# row dated in the year, up to the as-of date, that the roster does not
# list is not in the table nor judged (SPEC 3.5 lists rostered
# secretaries), but said, with its support and the village of its latest
# row, so that support booked to "s01" for "S01" is not left out without
# a word.  Not said: one whose rows are all after the as-of date (planned,
# counted nowhere) or in another year; one whose roster row was put
# aside (the roster's own message says it is left unjudged); anybody
# without a roster.  A warning: exit 0, 1 with --strict-warnings.
$ fs-funds --roster ro.tsv --rejects rej.tsv --as-of 2026-06-30 --findings f.tsv; echo "exit $?"; head -2 ro.tsv > ok.tsv; fs-funds --roster ok.tsv --as-of 2026-06-30 f.tsv; echo "exit $?"; fs-funds --roster ok.tsv --as-of 2026-06-30 --strict-warnings f.tsv > /dev/null; echo "exit $?"; fs-funds --as-of 2026-06-30 --findings f.tsv | cut -f 2,5; echo "exit $?"
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S01	李明	县财政局	V01	2025-01-01	2027-12-31
S02	王芳	县农业银行	V02	2026-13-01	2027-12-31
<<< f.tsv
date	village_id	category	flow	amount	secretary_id	household_id	notice_ref
2026-02-01	V01	support	in	10000.00	S01		
2026-02-01	V01	living_subsidy	in	100.00	S01		
2026-02-01	V01	transport_subsidy	in	100.00	S01		
2026-02-01	V01	communication_subsidy	in	100.00	S01		
2026-02-02	V01	support	in	5000.00	s01		
2026-03-01	V03	living_subsidy	in	100.00	s01		
2026-02-01	V02	support	in	10000.00	S02		
2026-12-01	V04	support	in	10000.00	S09		
2025-05-01	V04	living_subsidy	in	100.00	S08		
2026-04-01	V05	benefit	out	50.00	S07	H1	N1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.unknown-secretary	warning	secretary	s01	V03	2026	not on the roster: support received 5000.00 in 2026, not judged	
fs-funds	funds.unknown-secretary	warning	secretary	S07	V05	2026	not on the roster: support received 0.00 in 2026, not judged	
exit 3
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S01	2026	10000.00	10000.00	100.00	100.00	100.00	ok
exit 0
exit 1
rule	entity_id
funds.subsidy-missing	S02
funds.subsidy-missing	S02
funds.subsidy-missing	S02
funds.subsidy-missing	s01
funds.subsidy-missing	s01
funds.subsidy-missing	S07
funds.subsidy-missing	S07
funds.subsidy-missing	S07
funds.support-behind	S07
exit 0
>>> stderr
fs-funds: the secretary of 1 roster row put aside in rej.tsv is left unjudged (mend it and run again)
fs-funds: 1 invalid row written to rej.tsv
