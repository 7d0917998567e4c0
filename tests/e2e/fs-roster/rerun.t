# The table can be read again: its status, term_months and problems
# columns are replaced, not doubled.
$ fs-roster --as-of 2026-06-30 r.tsv > t.tsv; fs-roster --as-of 2024-01-01 t.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S1	甲	县财政局	V01	2025-03-01	2027-02-28		2026-03-01	2027-02-28
>>> stdout
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until	status	term_months	problems
S1	甲	县财政局	V01	2025-03-01	2027-02-28		2026-03-01	2027-02-28	not_started	24	
