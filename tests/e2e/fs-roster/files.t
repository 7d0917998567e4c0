# Several inputs, each with its own header: columns are found by name, and
# the table's input columns are those of the first file, then any new
# ones of the later files (empty where a file lacks them).  - is standard
# input.  A header that lacks a required column is an error.
$ fs-roster --as-of 2026-06-30 a.tsv -
<<< a.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1	2026-03-01	2027-02-28
<<< -
village_id	secretary_id	term_end	term_start	name	sending_unit	note	mentor_id	insurance_until	last_medical_exam
V01	S1	2027-02-28	2025-03-01	甲	县农业银行	调任	M2	2027-02-28	2026-04-01
>>> stdout
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until	note	status	term_months	problems
S1	甲	县农业银行	V01	2025-03-01	2027-02-28	M2	2026-04-01	2027-02-28	调任	active	24	
S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1	2026-03-01	2027-02-28		active	24	
