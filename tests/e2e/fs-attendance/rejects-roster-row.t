# With --rejects, a secretary whose roster row is put aside (here for an
# insurance_until the tools do not use, typed 2026/12/31) is left
# unjudged, and standard error says so: not judged as one "not on the
# roster" over the whole year (eight months of absence before the
# posting, a recall), nor on the postings that are left.  The others are
# judged as ever; exit 3.  A row whose secretary_id is itself invalid
# leaves no one behind.
$ fs-attendance --as-of 2026-09-04 --calendar none --roster roster.tsv --rejects rej.tsv att.tsv; echo "exit $?"; fs-attendance --as-of 2026-09-04 --calendar none --roster roster.tsv --rejects rej.tsv --findings att.tsv | cut -f 2,5; cut -f 1 rej.tsv
<<< roster.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	insurance_until
S1	甲	县财政局	V1	2026-09-01	2028-08-31	2026/12/31
S2	乙	县财政局	V2	2026-09-01	2028-08-31	
S3	丙	县财政局	V3	2025-09-01	2026-08-31	
S3	丙	县财政局	V3	2026-09-01	2027-08-31	2026-13-01
S 4	丁	县财政局	V4	2026-09-01	2028-08-31	
<<< att.tsv
secretary_id	date	status
S1	2026-09-01	in_village
S2	2026-09-01	in_village
S3	2026-09-01	in_village
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S2	2026	88	4	1	59	0.2500	0	0	0	3	3	at_risk
exit 3
rule	entity_id
attendance.min-ratio	S2
attendance.unrecorded	S2
source
roster.tsv:2
roster.tsv:5
roster.tsv:6
>>> stderr
fs-attendance: the secretaries of 3 roster rows put aside in rej.tsv are left unjudged (mend them and run again)
fs-attendance: 3 invalid rows written to rej.tsv
fs-attendance: the secretaries of 3 roster rows put aside in rej.tsv are left unjudged (mend them and run again)
fs-attendance: 3 invalid rows written to rej.tsv
