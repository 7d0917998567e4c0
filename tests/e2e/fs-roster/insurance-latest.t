# A secretary's insurance is the latest insurance_until of any of the
# postings (and the exam the latest last_medical_exam): s1's current
# posting says 2024-12-31, the earlier one 2030-12-31, so s1 is insured
# on 2025-06-01 and nothing is found; s2, with 2024-12-31 on both, is
# not insured.
$ fs-roster --as-of 2025-06-01 --findings r.tsv | cut -f 2,5,8; echo "exit $?"
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
s1	A	U	v1	2023-01-01	2024-12-31	m1	2025-03-01	2030-12-31
s1	A	U	v2	2025-01-01	2026-12-31	m1	2025-03-01	2024-12-31
s2	B	U	v3	2023-01-01	2024-12-31	m1	2025-03-01	2024-12-31
s2	B	U	v4	2025-01-01	2026-12-31	m1	2025-03-01	2024-12-31
>>> stdout
rule	entity_id	detail
roster.uninsured	s2	accident insurance ended 2024-12-31
exit 0
