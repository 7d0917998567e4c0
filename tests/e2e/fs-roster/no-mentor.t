# roster.no-mentor: an active posting without mentor_id, a violation (exit
# 1); a roster without the column counts as missing everywhere.  Postings
# not started or ended are not judged.  One finding per secretary, at the
# first posting at fault; every posting at fault lists the rule.
$ fs-roster --as-of 2026-06-01 --findings a.tsv; echo "exit $?"; fs-roster --as-of 2026-06-01 a.tsv | cut -f 1,4,10-; fs-roster --as-of 2026-06-01 b.tsv > out; echo "exit $?"; cut -f 1,4,9- out
<<< a.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S1	甲	县财政局	V01	2025-03-01	2027-02-28		2026-03-01	2027-02-28
S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1	2026-03-01	2027-02-28
S3	丙	县财政局	V03	2026-06-02	2028-06-01		2026-03-01	2028-06-01
S4	丁	县财政局	V04	2024-03-01	2026-05-31		2026-03-01	2027-02-28
S5	戊	县财政局	V05	2025-03-01	2027-02-28		2026-03-01	2027-02-28
S5	戊	县财政局	V06	2026-01-01	2027-12-31		2026-03-01	2027-02-28
<<< b.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	last_medical_exam	insurance_until
S1	甲	县财政局	V01	2025-03-01	2027-02-28	2026-03-01	2027-02-28
S4	丁	县财政局	V04	2024-03-01	2026-05-31	2026-03-01	2027-02-28
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.no-mentor	violation	secretary	S1	V01		serving in V01 with no mentor_id (township committee member assigned one-to-one)	a.tsv:2
fs-roster	roster.no-mentor	violation	secretary	S5	V05		serving in V05 with no mentor_id (township committee member assigned one-to-one)	a.tsv:6
fs-roster	roster.double-posting	violation	secretary	S5	V06	2026-01-01	posted to V05 (2025-03-01 to 2027-02-28) and to V06 (2026-01-01 to 2027-12-31) at once from 2026-01-01	a.tsv:7
exit 1
secretary_id	village_id	status	term_months	problems
S1	V01	active	24	roster.no-mentor
S2	V02	active	24	
S3	V03	not_started	24	
S4	V04	ended	27	
S5	V05	active	24	roster.no-mentor,roster.double-posting
S5	V06	active	24	roster.no-mentor,roster.double-posting
exit 1
secretary_id	village_id	status	term_months	problems
S1	V01	active	24	roster.no-mentor
S4	V04	ended	27	
