# --rejects keeps invalid rows (with source and reason) and goes on: the
# table of the valid rows, a count on stderr, exit 3 (3 wins over 1).
$ fs-roster --as-of 2026-06-30 --rejects bad.tsv r.tsv; echo "exit $?"; cat bad.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	insurance_until
S1	甲	县财政局	V01	2025-03-01	2027-02-28	M1	
S1	甲	县财政局	V03	2025-03-01	2027-02-28	M1	
S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1	2099-13-01
S3	丙	县财政局	V04	2025-03-01
>>> stdout
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	insurance_until	status	term_months	problems
S1	甲	县财政局	V01	2025-03-01	2027-02-28	M1		active	24	roster.medical-exam,roster.uninsured
exit 3
source	reason	secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id	insurance_until
r.tsv:3	the same secretary_id and term_start as r.tsv:2 (got 'S1')	S1	甲	县财政局	V03	2025-03-01	2027-02-28	M1	
r.tsv:4	column 'insurance_until': no such day (got '2099-13-01')	S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1	2099-13-01
r.tsv:5	5 fields where the header has 8	S3	丙	县财政局	V04	2025-03-01
>>> stderr
fs-roster: 3 invalid rows written to bad.tsv
