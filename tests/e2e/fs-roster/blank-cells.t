# A cell of white space alone is a missing value: a mentor_id of a space
# or a no-break space is no mentor (roster.no-mentor), a
# last_medical_exam or insurance_until of a space none (roster.medical-
# exam, roster.uninsured), as S03's empty cells are.  S04 is whole.
$ fs-roster --findings --as-of 2026-06-30 ro.tsv
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	last_medical_exam	insurance_until
S01	Zhang	County	V1	2025-03-01	2027-02-28	 	2026-01-05	2027-01-01
S02	Li	County	V2	2025-03-01	2027-02-28	 	 	　
S03	Wang	County	V3	2025-03-01	2027-02-28			
S04	Zhao	County	V4	2025-03-01	2027-02-28	M4	2026-01-05	2027-01-01
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.no-mentor	violation	secretary	S01	V1		serving in V1 with no mentor_id (township committee member assigned one-to-one)	ro.tsv:2
fs-roster	roster.medical-exam	warning	secretary	S02	V2		no medical examination on record (last_medical_exam missing)	ro.tsv:3
fs-roster	roster.no-mentor	violation	secretary	S02	V2		serving in V2 with no mentor_id (township committee member assigned one-to-one)	ro.tsv:3
fs-roster	roster.uninsured	violation	secretary	S02	V2		no accident insurance on record (insurance_until missing)	ro.tsv:3
fs-roster	roster.medical-exam	warning	secretary	S03	V3		no medical examination on record (last_medical_exam missing)	ro.tsv:4
fs-roster	roster.no-mentor	violation	secretary	S03	V3		serving in V3 with no mentor_id (township committee member assigned one-to-one)	ro.tsv:4
fs-roster	roster.uninsured	violation	secretary	S03	V3		no accident insurance on record (insurance_until missing)	ro.tsv:4
>>> status 1
