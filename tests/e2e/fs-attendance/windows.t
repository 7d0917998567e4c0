# The window is the year cut to the services of the roster: a term that
# starts mid-year (S1), ends mid-year with the as-of date on its last day
# (S2: complete), a recalled secretary (S3: service ends at left), two
# postings (S6).  Records outside the window are not counted and raise
# nothing.  Left out: a window that has not begun by the as-of date (S4)
# and one that misses the year (S5).
$ fs-attendance --calendar none --as-of 2026-03-13 --roster r.tsv a.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-03-09	2028-03-08	
S2	乙	县财政局	V02	2024-03-14	2026-03-13	
S3	丙	县财政局	V03	2025-03-01	2027-02-28	2026-01-09
S4	丁	县财政局	V04	2026-03-16	2028-03-15	
S5	戊	县财政局	V05	2023-03-01	2025-12-31	
S6	己	县财政局	V06	2025-03-01	2027-02-28	2026-01-02
S6	己	县财政局	V07	2026-03-12	2028-03-11	
<<< a.tsv
secretary_id	date	status
S1	2026-03-06	absent
S1	2026-03-09	in_village
S1	2026-03-10	in_village
S1	2026-03-11	in_village
S2	2026-03-13	in_village
S2	2025-12-31	absent
S3	2026-01-09	in_village
S3	2026-01-12	absent
S4	2026-03-13	in_village
S5	2026-03-13	in_village
S6	2026-01-02	in_village
S6	2026-01-05	absent
S6	2026-03-12	in_village
S6	2026-03-13	in_village
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days	required_days	ratio	leave_days	sending_unit_days	absent_days	unrecorded_days	longest_absence	status
S1	2026	214	5	3	143	0.6000	0	0	0	2	2	at_risk
S2	2026	52	52	1	35	0.0192	0	0	0	51	51	violation
S3	2026	7	7	1	5	0.1429	0	0	0	6	6	violation
S6	2026	213	4	3	142	0.7500	0	0	0	1	1	ok
>>> status 1
