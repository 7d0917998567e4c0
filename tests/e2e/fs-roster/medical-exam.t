# roster.medical-exam (warning): active, and last_medical_exam missing or
# more than roster.medical_exam_months (12) calendar months before the
# as-of date; due on the same day 12 months later (2025-02-28 + 12 months
# = 2026-02-28; 2024-02-29 + 24 months = 2026-02-28).  The latest date on
# any of a secretary's postings counts.  Not judged before or after service.
$ fs-roster --as-of 2026-02-28 --findings r.tsv | cut -f 2,5-; fs-roster --as-of 2026-02-28 r.tsv | cut -f 1,4,9,10,12; fs-roster --as-of 2026-02-28 --policy p.tsv --findings r.tsv | cut -f 2,5-
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	insurance_until	last_medical_exam
S1	甲	县财政局	V01	2025-03-01	2027-02-28	M1	2027-02-28	2025-02-28
S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1	2027-02-28	2025-02-27
S3	丙	县财政局	V03	2025-03-01	2027-02-28	M1	2027-02-28	
S4	丁	县财政局	V04	2024-02-01	2026-02-27	M1	2027-02-28	
S5	戊	县财政局	V05	2026-03-01	2028-02-29	M1	2027-02-28	
S6	己	县财政局	V06	2025-03-01	2027-02-28	M1	2027-02-28	2024-02-29
S7	庚	县财政局	V07	2024-02-01	2026-01-31	M1	2027-02-28	2025-12-01
S7	庚	县财政局	V08	2026-02-01	2028-01-31	M1	2027-02-28	2024-01-01
<<< p.tsv
key	value
roster.medical_exam_months	24
>>> stdout
rule	entity_id	village_id	period	detail	source
roster.medical-exam	S2	V02		last medical examination 2025-02-27; the next was due by 2026-02-27 (every 12 months)	r.tsv:3
roster.medical-exam	S3	V03		no medical examination on record (last_medical_exam missing)	r.tsv:4
roster.medical-exam	S6	V06		last medical examination 2024-02-29; the next was due by 2025-02-28 (every 12 months)	r.tsv:7
secretary_id	village_id	last_medical_exam	status	problems
S1	V01	2025-02-28	active	
S2	V02	2025-02-27	active	roster.medical-exam
S3	V03		active	roster.medical-exam
S4	V04		ended	
S5	V05		not_started	
S6	V06	2024-02-29	active	roster.medical-exam
S7	V07	2025-12-01	ended	
S7	V08	2024-01-01	active	
rule	entity_id	village_id	period	detail	source
roster.medical-exam	S3	V03		no medical examination on record (last_medical_exam missing)	r.tsv:4
