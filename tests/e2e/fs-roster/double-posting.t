# roster.double-posting: two postings of one secretary in different
# villages whose services share a day; one finding per pair, period the
# first common day, village_id and source the later posting's.  Services
# end at left when it comes first; postings that only touch, or share a
# village, are no double posting.  Whatever the as-of date.
$ fs-roster --as-of 2030-01-01 --findings r.tsv; fs-roster --as-of 2030-01-01 r.tsv | cut -f 1,4,5,11-
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left	mentor_id
S1	甲	县财政局	V01	2024-03-01	2026-02-28		M1
S1	甲	县财政局	V02	2026-02-28	2028-02-29		M1
S1	甲	县财政局	V03	2027-01-01	2029-01-01		M1
S2	乙	县财政局	V04	2024-03-01	2026-02-28		M1
S2	乙	县财政局	V05	2026-03-01	2028-02-29		M1
S3	丙	县财政局	V06	2024-03-01	2026-02-28	2025-05-31	M1
S3	丙	县财政局	V07	2025-06-01	2027-05-31		M1
S4	丁	县财政局	V08	2024-03-01	2026-02-28		M1
S4	丁	县财政局	V08	2025-03-01	2027-02-28		M1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.double-posting	violation	secretary	S1	V02	2026-02-28	posted to V01 (2024-03-01 to 2026-02-28) and to V02 (2026-02-28 to 2028-02-29) at once from 2026-02-28	r.tsv:3
fs-roster	roster.double-posting	violation	secretary	S1	V03	2027-01-01	posted to V02 (2026-02-28 to 2028-02-29) and to V03 (2027-01-01 to 2029-01-01) at once from 2027-01-01	r.tsv:4
secretary_id	village_id	term_start	problems
S1	V01	2024-03-01	roster.double-posting
S1	V02	2026-02-28	roster.double-posting
S1	V03	2027-01-01	roster.double-posting
S2	V04	2024-03-01	
S2	V05	2026-03-01	
S3	V06	2024-03-01	
S3	V07	2025-06-01	
S4	V08	2024-03-01	
S4	V08	2025-03-01	
