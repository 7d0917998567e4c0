# The table keeps no finding for a pair of postings (a double posting, two
# secretaries in one village): it counts them for the exit status, since
# pairs grow as the square of the postings (3000 postings of one
# secretary, all overlapping, took 689 MB).  Ended postings, so that no
# other rule is at fault: a double posting alone, a village shared alone,
# neither.
$ for f in double.tsv shared.tsv neither.tsv; do fs-roster --as-of 2030-01-01 $f | cut -f 1,4,7-; fs-roster --as-of 2030-01-01 $f > /dev/null; echo "$f: exit $?"; done; awk 'BEGIN { OFS = "\t"; print "secretary_id", "name", "sending_unit", "village_id", "term_start", "term_end", "mentor_id"; for (i = 0; i < 3000; i++) print "S1", "n", "u", "V" i % 2, sprintf("%04d-%02d-%02d", 1900 + int(i / 336), 1 + int(i / 28) % 12, 1 + i % 28), "2029-12-31", "M1" }' > many.tsv; fs-roster --as-of 2030-01-01 many.tsv | cut -f 10 | sort | uniq -c; fs-roster --as-of 2030-01-01 many.tsv > /dev/null; echo "many.tsv: exit $?"
<<< double.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id
S1	甲	县财政局	V01	2024-03-01	2026-02-28	M1
S1	甲	县财政局	V02	2026-02-01	2028-02-29	M1
<<< shared.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id
S1	甲	县财政局	V01	2024-03-01	2026-02-28	M1
S2	乙	县财政局	V01	2026-02-01	2028-02-29	M1
<<< neither.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id
S1	甲	县财政局	V01	2024-03-01	2026-02-28	M1
S2	乙	县财政局	V01	2026-03-01	2028-02-29	M1
>>> stdout
secretary_id	village_id	mentor_id	status	term_months	problems
S1	V01	M1	ended	24	roster.double-posting
S1	V02	M1	ended	25	roster.double-posting
double.tsv: exit 1
secretary_id	village_id	mentor_id	status	term_months	problems
S1	V01	M1	ended	24	roster.village-overlap
S2	V01	M1	ended	25	roster.village-overlap
shared.tsv: exit 1
secretary_id	village_id	mentor_id	status	term_months	problems
S1	V01	M1	ended	24	
S2	V01	M1	ended	24	
neither.tsv: exit 0
      1 problems
   3000 roster.double-posting
many.tsv: exit 1