# ratio is written with 4 decimals rounded half away from zero (SPEC
# 1.2), in the table and in a finding's detail: of 32 elapsed working
# days (2026-01-01 to 02-13, Monday to Friday), 1, 3 and 5 in the village
# are 0.03125, 0.09375 and 0.15625: 0.0313, 0.0938 and 0.1563 (cutting
# would give 0.0312, 0.0937, 0.1562; rounding half to even 0.0312,
# 0.0938, 0.1562).
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; n = 0; for (d = 0; d < 44; d++) { if ((d + 3) % 7 >= 5) continue; n++; date = d < 31 ? sprintf("2026-01-%02d", d + 1) : sprintf("2026-02-%02d", d - 30); print "S1\t" date "\t" (n <= 1 ? "in_village" : "absent"); print "S3\t" date "\t" (n <= 3 ? "in_village" : "absent"); print "S5\t" date "\t" (n <= 5 ? "in_village" : "absent") } }' > a.tsv; fs-attendance --calendar none --as-of 2026-02-13 a.tsv | cut -f 1,4,5,7; fs-attendance --calendar none --as-of 2026-02-13 --findings a.tsv | grep min-ratio | cut -f 5,8
>>> stdout
secretary_id	elapsed_days	in_village_days	ratio
S1	32	1	0.0313
S3	32	3	0.0938
S5	32	5	0.1563
S1	in village 1 of 32 working days so far (0.0313); 22 needed to keep pace, 174 required of 261
S3	in village 3 of 32 working days so far (0.0938); 22 needed to keep pace, 174 required of 261
S5	in village 5 of 32 working days so far (0.1563); 22 needed to keep pace, 174 required of 261
