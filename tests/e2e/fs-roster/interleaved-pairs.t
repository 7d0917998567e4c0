# Two secretaries' postings in one village, interleaved and overlapping:
# one roster.village-overlap for the pair, dated the first day they
# share, and every posting that shares a day with the other secretary's
# marked.  S1's renewal of 2024-02-01 ended before S2 came (2024-06-01),
# so it is not marked, though S1's first posting, still serving, is; nor
# is S3's, which shares days only with S3's own.  20,000 interleaved
# postings of S4 and S5 in V2 are one finding (a sweep meets each
# posting once with each secretary still serving; comparing every
# posting with every later one took 1 s here).
$ fs-roster --as-of 2030-01-01 --findings r.tsv; echo "exit $?"; fs-roster --as-of 2030-01-01 r.tsv | cut -f 1,4,5,11-; awk 'BEGIN { OFS = "\t"; print "secretary_id", "name", "sending_unit", "village_id", "term_start", "term_end", "mentor_id"; for (i = 0; i < 20000; i++) print "S" (4 + i % 2), "丁", "u", "V2", sprintf("%04d-%02d-%02d", 1900 + int(i / 336), 1 + int(i / 28) % 12, 1 + i % 28), "2029-12-31", "M1" }' > r2.tsv; fs-roster --as-of 2030-01-01 --findings r2.tsv > f.tsv; echo "exit $?"; cut -f 2,5,7,8,9 f.tsv | sort | uniq -c; fs-roster --as-of 2030-01-01 r2.tsv | cut -f 1,10 | sort | uniq -c
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left	mentor_id
S1	甲	县财政局	V1	2024-01-01	2026-12-31		M1
S1	甲	县财政局	V1	2024-02-01	2026-01-31	2024-03-31	M1
S2	乙	县农业银行	V1	2024-06-01	2026-05-31		M1
S1	甲	县财政局	V1	2025-01-01	2026-12-31		M1
S3	丙	县财政局	V1	2027-01-01	2028-12-31		M1
S3	丙	县财政局	V1	2027-06-01	2029-05-31		M1
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-roster	roster.village-overlap	violation	village	V1	V1	2024-06-01	S1 甲 (2024-01-01 to 2026-12-31) and S2 乙 (2024-06-01 to 2026-05-31) both serve V1 from 2024-06-01	r.tsv:4
exit 1
secretary_id	village_id	term_start	problems
S1	V1	2024-01-01	roster.village-overlap
S1	V1	2024-02-01	
S1	V1	2025-01-01	roster.village-overlap
S2	V1	2024-06-01	roster.village-overlap
S3	V1	2027-01-01	
S3	V1	2027-06-01	
exit 1
      1 roster.village-overlap	V2	1900-01-02	S4 丁 (1900-01-01 to 2029-12-31) and S5 丁 (1900-01-02 to 2029-12-31) both serve V2 from 1900-01-02	r2.tsv:3
      1 rule	entity_id	period	detail	source
  10000 S4	roster.village-overlap
  10000 S5	roster.village-overlap
      1 secretary_id	problems
