# roster.uninsured (violation): active, and insurance_until missing or
# before the as-of date (insured through the as-of date itself is fine).
# The latest date on any of a secretary's postings counts.
$ fs-roster --as-of 2026-06-30 --findings r.tsv > f; echo "exit $?"; cut -f 2,3,5- f; fs-roster --as-of 2026-06-30 r.tsv | cut -f 1,4,10,12
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S1	甲	县财政局	V01	2025-03-01	2027-02-28	M1	2026-03-01	2026-06-30
S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1	2026-03-01	2026-06-29
S3	丙	县财政局	V03	2025-03-01	2027-02-28	M1	2026-03-01	
S4	丁	县财政局	V04	2024-03-01	2026-06-29	M1	2026-03-01	
S5	戊	县财政局	V05	2026-07-01	2028-06-30	M1	2026-03-01	
S6	己	县财政局	V06	2024-03-01	2026-02-28	M1	2026-03-01	2027-12-31
S6	己	县财政局	V07	2026-03-01	2028-02-29	M1	2026-03-01	
>>> stdout
exit 1
rule	severity	entity_id	village_id	period	detail	source
roster.uninsured	violation	S2	V02		accident insurance ended 2026-06-29	r.tsv:3
roster.uninsured	violation	S3	V03		no accident insurance on record (insurance_until missing)	r.tsv:4
secretary_id	village_id	status	problems
S1	V01	active	
S2	V02	active	roster.uninsured
S3	V03	active	roster.uninsured
S4	V04	ended	
S5	V05	not_started	
S6	V06	ended	
S6	V07	active	
