# The table: the input columns as read (extra ones too), then status as of
# --as-of (not_started before term_start, active from term_start through
# the end of service, ended after it), term_months and problems; sorted by
# secretary_id, then term_start.
$ fs-roster --as-of 2026-03-01 roster.tsv
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left	mentor_id	last_medical_exam	insurance_until	phone
S3	赵军\t三	省农业大学	V03	2026-03-02	2028-03-01		M02	2026-01-10	2027-12-31	139 0000 0003
S1	李明	县财政局	V01	2024-03-01	2026-02-28		M01	2025-06-01	2026-12-31	139 0000 0001
S2	王芳	县农业银行	V02	2024-03-01	2026-03-01		M01	2025-06-01	2026-12-31	
S1	李明	县财政局	V05	2026-03-01	2028-02-29		M01	2025-06-01	2026-12-31	139 0000 0001
S4	孙丽	县财政局	V04	2025-03-01	2027-02-28	2026-02-28	M03	2025-06-01	2026-12-31	
>>> stdout
secretary_id	name	sending_unit	village_id	term_start	term_end	left	mentor_id	last_medical_exam	insurance_until	phone	status	term_months	problems
S1	李明	县财政局	V01	2024-03-01	2026-02-28		M01	2025-06-01	2026-12-31	139 0000 0001	ended	24	
S1	李明	县财政局	V05	2026-03-01	2028-02-29		M01	2025-06-01	2026-12-31	139 0000 0001	active	24	
S2	王芳	县农业银行	V02	2024-03-01	2026-03-01		M01	2025-06-01	2026-12-31		active	24	
S3	赵军\t三	省农业大学	V03	2026-03-02	2028-03-01		M02	2026-01-10	2027-12-31	139 0000 0003	not_started	24	
S4	孙丽	县财政局	V04	2025-03-01	2027-02-28	2026-02-28	M03	2025-06-01	2026-12-31		ended	24	
