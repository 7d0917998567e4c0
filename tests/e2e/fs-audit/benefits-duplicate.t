# audit.duplicate-benefit: one ID number (x = X) granted the same
# program twice or more in one calendar year of 'granted': every such
# row, across input files, a pair (H5's coal) as a group of three (H1's
# dibao).  Another year or program is no repeat.
$ fs-audit benefits --as-of 2026-12-31 a.tsv b.tsv; echo "exit $?"; fs-audit benefits --findings --as-of 2026-12-31 a.tsv b.tsv | cut -f 2,5,7,8,9
<<< a.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-07	2026-01-08
H2	V01	dibao	11010119870707100x	2025-12-01	2025-12-07	2025-12-31
H2	V01	dibao	11010119870707100X	2025-12-20	2025-12-27	2026-01-01
H1	V01	coal	110101198001010010	2026-01-01	2026-01-07	2026-01-08
H5	V02	coal	110101199001010023	2026-02-01	2026-02-07	2026-02-08
H5	V02	coal	110101199001010023	2026-11-01	2026-11-07	2026-11-08
<<< b.tsv
granted	household_id	village_id	program	id_number	notice_start	notice_end
2026-06-08	H1	V01	dibao	110101198001010010	2026-06-01	2026-06-07
2026-12-08	H9	V03	dibao	110101198001010010	2026-12-01	2026-12-07
>>> stdout
household_id	village_id	program	id_number	notice_start	notice_end	granted	problems
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-07	2026-01-08	audit.duplicate-benefit
H2	V01	dibao	11010119870707100x	2025-12-01	2025-12-07	2025-12-31	
H2	V01	dibao	11010119870707100X	2025-12-20	2025-12-27	2026-01-01	
H1	V01	coal	110101198001010010	2026-01-01	2026-01-07	2026-01-08	
H5	V02	coal	110101199001010023	2026-02-01	2026-02-07	2026-02-08	audit.duplicate-benefit
H5	V02	coal	110101199001010023	2026-11-01	2026-11-07	2026-11-08	audit.duplicate-benefit
H1	V01	dibao	110101198001010010	2026-06-01	2026-06-07	2026-06-08	audit.duplicate-benefit
H9	V03	dibao	110101198001010010	2026-12-01	2026-12-07	2026-12-08	audit.duplicate-benefit
exit 1
rule	entity_id	period	detail	source
audit.duplicate-benefit	H1	2026-01-08	program dibao granted to the same id_number more than once in 2026: also at b.tsv:2, granted 2026-06-08	a.tsv:2
audit.duplicate-benefit	H1	2026-06-08	program dibao granted to the same id_number more than once in 2026: also at a.tsv:2, granted 2026-01-08	b.tsv:2
audit.duplicate-benefit	H5	2026-02-08	program coal granted to the same id_number more than once in 2026: also at a.tsv:7, granted 2026-11-08	a.tsv:6
audit.duplicate-benefit	H5	2026-11-08	program coal granted to the same id_number more than once in 2026: also at a.tsv:6, granted 2026-02-08	a.tsv:7
audit.duplicate-benefit	H9	2026-12-08	program dibao granted to the same id_number more than once in 2026: also at a.tsv:2, granted 2026-01-08	b.tsv:3
