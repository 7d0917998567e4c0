# roster.village-overlap: the services of two secretaries in one village
# share a day.  Entity village; one finding per pair of secretaries, even
# when one of them has two postings there (period: the first day any of
# them share; source: the later posting of that overlap); the detail
# names both.  A service that ended (left) before the other began is no
# overlap; nor is one secretary's renewed posting.
$ fs-roster --as-of 2030-01-01 --findings r.tsv; echo "exit $?"; fs-roster --as-of 2030-01-01 r.tsv | cut -f 1,4,5,11-
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left	mentor_id
S1	甲	县财政局	V01	2024-03-01	2026-02-28		M1
S1	甲	县财政局	V01	2026-03-01	2028-02-29		M1
S2	乙	县农业银行	V01	2025-09-01	2027-08-31		M1
S3	丙	县财政局	V02	2024-03-01	2026-02-28	2025-05-31	M1
S4	丁	县财政局	V02	2025-06-01	2027-05-31		M1
S5	戊	县财政局	V03	2024-03-01	2026-02-28		M1
S6	己	县财政局	V03	2026-02-28	2028-02-29		M1
S7	庚	县财政局	V03	2026-01-01	2027-12-31		M1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.village-overlap	violation	village	V01	V01	2025-09-01	S1 甲 (2024-03-01 to 2026-02-28) and S2 乙 (2025-09-01 to 2027-08-31) both serve V01 from 2025-09-01	r.tsv:4
fs-roster	roster.village-overlap	violation	village	V03	V03	2026-01-01	S5 戊 (2024-03-01 to 2026-02-28) and S7 庚 (2026-01-01 to 2027-12-31) both serve V03 from 2026-01-01	r.tsv:9
fs-roster	roster.village-overlap	violation	village	V03	V03	2026-02-28	S5 戊 (2024-03-01 to 2026-02-28) and S6 己 (2026-02-28 to 2028-02-29) both serve V03 from 2026-02-28	r.tsv:8
fs-roster	roster.village-overlap	violation	village	V03	V03	2026-02-28	S7 庚 (2026-01-01 to 2027-12-31) and S6 己 (2026-02-28 to 2028-02-29) both serve V03 from 2026-02-28	r.tsv:8
exit 1
secretary_id	village_id	term_start	problems
S1	V01	2024-03-01	roster.village-overlap
S1	V01	2026-03-01	roster.village-overlap
S2	V01	2025-09-01	roster.village-overlap
S3	V02	2024-03-01	
S4	V02	2025-06-01	
S5	V03	2024-03-01	roster.village-overlap
S6	V03	2026-02-28	roster.village-overlap
S7	V03	2026-01-01	roster.village-overlap
