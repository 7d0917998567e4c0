# term_months counts completed months from term_start to the day after
# term_end; a month ending on a day the later month lacks completes on
# that month's last day (2024-01-31 + 1 month = 2024-02-29).  Below
# roster.min_term_months (24): roster.term-length, a warning, period the
# term_start, one finding per posting; warnings alone exit 0.
$ fs-roster --as-of 2024-01-01 r.tsv | cut -f 1,5,6,8-; fs-roster --as-of 2024-01-01 --findings r.tsv; echo "exit $?"
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id
S1	甲	县财政局	V01	2024-03-01	2026-02-28	M1
S2	乙	县财政局	V02	2024-03-01	2026-02-27	M1
S3	丙	县财政局	V03	2024-01-31	2024-02-28	M1
S4	丁	县财政局	V04	2024-01-31	2024-02-27	M1
S5	戊	县财政局	V05	2024-01-31	2026-01-30	M1
S6	己	县财政局	V06	2024-01-31	2026-01-31	M1
S7	庚	县财政局	V07	2024-02-29	2026-02-27	M1
S8	辛	县财政局	V08	2024-02-29	2026-02-28	M1
>>> stdout
secretary_id	term_start	term_end	status	term_months	problems
S1	2024-03-01	2026-02-28	not_started	24	
S2	2024-03-01	2026-02-27	not_started	23	roster.term-length
S3	2024-01-31	2024-02-28	not_started	1	roster.term-length
S4	2024-01-31	2024-02-27	not_started	0	roster.term-length
S5	2024-01-31	2026-01-30	not_started	24	
S6	2024-01-31	2026-01-31	not_started	24	
S7	2024-02-29	2026-02-27	not_started	24	
S8	2024-02-29	2026-02-28	not_started	24	
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.term-length	warning	secretary	S2	V02	2024-03-01	term 2024-03-01 to 2026-02-27 is 23 months; at least 24 expected	r.tsv:3
fs-roster	roster.term-length	warning	secretary	S3	V03	2024-01-31	term 2024-01-31 to 2024-02-28 is 1 month; at least 24 expected	r.tsv:4
fs-roster	roster.term-length	warning	secretary	S4	V04	2024-01-31	term 2024-01-31 to 2024-02-27 is 0 months; at least 24 expected	r.tsv:5
exit 0
