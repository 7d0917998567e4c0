# funds.not-serving (warning): with a roster, a rostered secretary_id on
# a row dated in the year, up to the as-of date, whose window does not
# meet the year (S01: a late payment for 2025, booked in 2026), or begins
# after the as-of date (S02: an advance), is not in the table nor judged,
# but said, with its support and the village of its latest row, so that
# the money is not left out without a word.  Not said: one whose rows
# are all in another year (S03) or after the as-of date (S04); one who
# serves in the year (S05, judged); one whose roster row was put aside
# (S06; the run exits 3).  A warning: exit 0, 1 with --strict-warnings;
# without a roster every one of them is listed.
$ fs-funds --roster ro.tsv --rejects rej.tsv --as-of 2026-06-30 --findings f.tsv > out.tsv; echo "exit $?"; grep -v subsidy-missing out.tsv; head -6 ro.tsv > ok.tsv; fs-funds --roster ok.tsv --as-of 2026-06-30 f.tsv | cut -f 1-3,8; echo "exit $?"; fs-funds --roster ok.tsv --as-of 2026-06-30 --strict-warnings f.tsv > /dev/null; echo "exit $?"; fs-funds --as-of 2026-06-30 f.tsv | cut -f 1-3
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S01	李明	县财政局	V01	2024-01-01	2025-12-31
S02	王芳	县农业银行	V02	2026-09-01	2028-08-31
S03	张伟	县财政局	V03	2023-01-01	2024-12-31
S04	刘洋	县财政局	V04	2023-01-01	2025-12-31
S05	陈静	县财政局	V05	2025-01-01	2027-12-31
S06	赵磊	县财政局	V06	2022-13-01	2024-12-31
<<< f.tsv
date	village_id	category	flow	amount	secretary_id	household_id	notice_ref
2025-12-20	V01	support	in	5000.00	S01		
2026-01-15	V01	support	in	5000.00	S01		
2026-01-20	V09	living_subsidy	in	100.00	S01		
2026-03-01	V02	support	in	4000.00	S02		
2024-06-01	V03	living_subsidy	in	100.00	S03		
2026-08-01	V04	support	in	10000.00	S04		
2026-02-01	V05	support	in	10000.00	S05		
2026-02-01	V05	living_subsidy	in	100.00	S05		
2026-02-01	V05	transport_subsidy	in	100.00	S05		
2026-02-01	V05	communication_subsidy	in	100.00	S05		
2026-02-01	V06	support	in	10000.00	S06		
>>> stdout
exit 3
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.not-serving	warning	secretary	S02	V02	2026	on the roster, serving from 2026-09-01, after the as-of date: support received 4000.00 in 2026, not judged	
fs-funds	funds.not-serving	warning	secretary	S01	V09	2026	on the roster, serving no day of 2026: support received 5000.00 in 2026, not judged	
secretary_id	year	support_in	status
S05	2026	10000.00	ok
exit 0
exit 1
secretary_id	year	support_in
S01	2026	5000.00
S02	2026	4000.00
S05	2026	10000.00
S06	2026	10000.00
>>> stderr
fs-funds: the secretary of 1 roster row put aside in rej.tsv is left unjudged (mend it and run again)
fs-funds: 1 invalid row written to rej.tsv
