# A year before 1000 is written with four digits in a detail too, as in
# the period column: "in 0004", not "in 4" (attendance.unknown-secretary;
# fs-audit's audit.duplicate-benefit likewise).
$ fs-attendance --calendar none --as-of 0004-01-10 --roster r.tsv --findings a.tsv | cut -f 2,7,8; fs-audit benefits --findings --as-of 0004-12-31 b.tsv | cut -f 2,7,8
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S9	n	u	V	0004-01-01	0004-12-31
<<< a.tsv
secretary_id	date	status
S1	0004-01-05	in_village
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V01	dibao	110101198001010010	0004-01-01	0004-01-07	0004-01-08
H1	V01	dibao	110101198001010010	0004-06-01	0004-06-07	0004-06-08
>>> stdout
rule	period	detail
attendance.min-ratio	0004	in village 1 of 7 working days so far (0.1429); 5 needed to keep pace, 175 required of 262
attendance.unknown-secretary	0004	not on the roster: 1 record in 0004, judged on the whole year
attendance.unrecorded	0004	no record for 6 of 7 working days so far
attendance.min-ratio	0004	in village 0 of 7 working days so far (0.0000); 5 needed to keep pace, 175 required of 262
attendance.unrecorded	0004	no record for 7 of 7 working days so far
rule	period	detail
audit.duplicate-benefit	0004-01-08	program dibao granted to the same id_number more than once in 0004: also at b.tsv:3, granted 0004-06-08
audit.duplicate-benefit	0004-06-08	program dibao granted to the same id_number more than once in 0004: also at b.tsv:2, granted 0004-01-08
