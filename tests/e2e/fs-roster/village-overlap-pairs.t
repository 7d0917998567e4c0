# roster.village-overlap when the postings of a pair of secretaries
# overlap more than once: still one finding per pair (and per village),
# dated the first day any of their postings share.  Of several overlaps
# from that day, the one whose earlier posting started first is named
# (S1's posting of 2024-01-01, not its renewal of 2024-03-01); postings
# that start the same day go by secretary_id (S2 before S3, the source
# S3's row).  The same two secretaries in another village are another
# finding.
$ fs-roster --as-of 2030-01-01 --findings r.tsv; echo "exit $?"; fs-roster --as-of 2030-01-01 r.tsv | cut -f 1,4,5,7,11-
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left	mentor_id
S3	丙	县财政局	V01	2024-06-01	2026-05-31		M1
S1	甲	县财政局	V01	2026-03-01	2028-02-29		M1
S2	乙	县农业银行	V01	2025-06-01	2027-05-31	2026-05-31	M1
S1	甲	县财政局	V01	2024-03-01	2026-02-28		M1
S4	丁	县财政局	V01	2027-01-01	2028-12-31		M1
S2	乙	县农业银行	V01	2024-06-01	2026-05-31	2024-12-31	M1
S1	甲	县财政局	V01	2024-01-01	2025-12-31		M1
S3	丙	县财政局	V02	2027-06-01	2029-05-31		M1
S2	乙	县农业银行	V02	2027-01-01	2028-12-31		M1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.village-overlap	violation	village	V01	V01	2024-06-01	S1 甲 (2024-01-01 to 2025-12-31) and S3 丙 (2024-06-01 to 2026-05-31) both serve V01 from 2024-06-01	r.tsv:2
fs-roster	roster.village-overlap	violation	village	V01	V01	2024-06-01	S2 乙 (2024-06-01 to 2024-12-31) and S3 丙 (2024-06-01 to 2026-05-31) both serve V01 from 2024-06-01	r.tsv:2
fs-roster	roster.village-overlap	violation	village	V01	V01	2024-06-01	S1 甲 (2024-01-01 to 2025-12-31) and S2 乙 (2024-06-01 to 2024-12-31) both serve V01 from 2024-06-01	r.tsv:7
fs-roster	roster.village-overlap	violation	village	V01	V01	2027-01-01	S1 甲 (2026-03-01 to 2028-02-29) and S4 丁 (2027-01-01 to 2028-12-31) both serve V01 from 2027-01-01	r.tsv:6
fs-roster	roster.village-overlap	violation	village	V02	V02	2027-06-01	S2 乙 (2027-01-01 to 2028-12-31) and S3 丙 (2027-06-01 to 2029-05-31) both serve V02 from 2027-06-01	r.tsv:9
exit 1
secretary_id	village_id	term_start	left	problems
S1	V01	2024-01-01		roster.village-overlap
S1	V01	2024-03-01		roster.village-overlap
S1	V01	2026-03-01		roster.village-overlap
S2	V01	2024-06-01	2024-12-31	roster.village-overlap
S2	V01	2025-06-01	2026-05-31	roster.village-overlap
S2	V02	2027-01-01		roster.village-overlap
S3	V01	2024-06-01		roster.village-overlap
S3	V02	2027-06-01		roster.village-overlap
S4	V01	2027-01-01		roster.village-overlap
