# roster.medical-exam with a policy of examinations every month: the
# detail says "every 1 month".
$ fs-roster --policy p.tsv --as-of 2026-06-01 --findings r.tsv; echo "exit $?"
<<< p.tsv
key	value
roster.medical_exam_months	1
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S1	甲	县财政局	V01	2025-01-01	2027-01-01	M1	2026-04-15	2030-01-01
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.medical-exam	warning	secretary	S1	V01		last medical examination 2026-04-15; the next was due by 2026-05-15 (every 1 month)	r.tsv:2
exit 0
