# A last_medical_exam dated after the as-of date (booked ahead, or a
# report made again for a day past) was not had by then: the warning is
# given, as for no exam on record.  Before, it counted as done, and an
# overdue exam was hidden.  On or before the as-of date it counts.
$ fs-roster --as-of 2026-06-30 --findings r.tsv | cut -f 2,5,8; fs-roster --as-of 2026-09-01 --findings r.tsv | cut -f 2,5,8
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S1	N	U	V01	2025-01-01	2027-12-31	M	2026-09-01	2027-12-31
>>> stdout
rule	entity_id	detail
roster.medical-exam	S1	last_medical_exam 2026-09-01 is after the as-of date: no examination on record by then
rule	entity_id	detail
