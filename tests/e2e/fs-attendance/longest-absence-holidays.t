# longest_absence runs over days that are not working days in the
# installed calendar (2026: Mid-Autumn 09-25..27, National Day 10-01..07)
# and takes in a make-up Saturday (10-10): S1's postings meet over the
# holidays alone (left 09-30, back 10-08), so 09-28..30 and 10-08..10 are
# one run of 6, attendance.long-absence at attendance.recall_absence_days
# 6.  S2 left on 09-29: the gap between its postings holds a working day
# (09-30), which ends the run (SPEC 3.2): 3.  Every other day of
# September and October in the village.
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (s = 1; s <= 2; s++) for (m = 9; m <= 10; m++) for (d = 1; d <= (m == 9 ? 30 : 12); d++) { date = sprintf("2026-%02d-%02d", m, d); print "S" s "\t" date "\t" ((m == 9 && d >= 28) || (m == 10 && d >= 8 && d <= 10) ? "absent" : "in_village") } }' > a.tsv; fs-attendance --as-of 2026-10-12 --roster r.tsv a.tsv | cut -f 1,3,4,5,10,12; fs-attendance --as-of 2026-10-12 --roster r.tsv --policy p.tsv --findings a.tsv | grep long-absence | cut -f 5,6,8
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V1	2026-09-01	2028-08-31	2026-09-30
S1	甲	县财政局	V2	2026-10-08	2028-10-07	
S2	乙	县财政局	V1	2026-09-01	2028-08-31	2026-09-29
S2	乙	县财政局	V2	2026-10-08	2028-10-07	
<<< p.tsv
key	value
attendance.recall_absence_days	6
>>> stdout
secretary_id	working_days	elapsed_days	in_village_days	absent_days	longest_absence
S1	84	26	20	6	6
S2	83	25	20	5	3
S1	V2	away 6 consecutive working days (absent, at the sending unit or unrecorded) from 2026-09-28 to 2026-10-10; 6 call for recall
