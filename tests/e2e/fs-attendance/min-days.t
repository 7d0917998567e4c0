# attendance.min-days (off by default): a complete window with fewer
# in-village days than ceil(min_days x working_days / working days of the
# whole year).  January 2026, Monday to Friday: 22 of 261 working days,
# so 200 a year asks ceil(16.86) = 17.  S1 has 17, S2 16; S3's window is
# still under way, so it is not judged.
$ fs-attendance --calendar none --as-of 2026-01-31 --roster r.tsv --findings a.tsv; echo "exit $?"; fs-attendance --calendar none --as-of 2026-01-31 --roster r.tsv --policy p.tsv --findings a.tsv; echo "exit $?"
<<< p.tsv
key	value
attendance.min_days	200
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2025-03-01	2027-02-28	2026-01-31
S2	乙	县财政局	V02	2025-03-01	2027-02-28	2026-01-31
S3	丙	县财政局	V03	2025-03-01	2027-02-28	2026-02-02
<<< a.tsv
secretary_id	date	status
S1	2026-01-01	in_village
S1	2026-01-02	in_village
S1	2026-01-05	in_village
S1	2026-01-06	in_village
S1	2026-01-07	in_village
S1	2026-01-08	in_village
S1	2026-01-09	in_village
S1	2026-01-12	in_village
S1	2026-01-13	in_village
S1	2026-01-14	in_village
S1	2026-01-15	in_village
S1	2026-01-16	in_village
S1	2026-01-19	in_village
S1	2026-01-20	in_village
S1	2026-01-21	in_village
S1	2026-01-22	in_village
S1	2026-01-23	in_village
S1	2026-01-26	leave
S1	2026-01-27	leave
S1	2026-01-28	leave
S1	2026-01-29	leave
S1	2026-01-30	leave
S2	2026-01-01	in_village
S2	2026-01-02	in_village
S2	2026-01-05	in_village
S2	2026-01-06	in_village
S2	2026-01-07	in_village
S2	2026-01-08	in_village
S2	2026-01-09	in_village
S2	2026-01-12	in_village
S2	2026-01-13	in_village
S2	2026-01-14	in_village
S2	2026-01-15	in_village
S2	2026-01-16	in_village
S2	2026-01-19	in_village
S2	2026-01-20	in_village
S2	2026-01-21	in_village
S2	2026-01-22	in_village
S2	2026-01-23	leave
S2	2026-01-26	leave
S2	2026-01-27	leave
S2	2026-01-28	leave
S2	2026-01-29	leave
S2	2026-01-30	leave
S3	2026-01-01	in_village
S3	2026-01-02	in_village
S3	2026-01-05	in_village
S3	2026-01-06	in_village
S3	2026-01-07	in_village
S3	2026-01-08	in_village
S3	2026-01-09	in_village
S3	2026-01-12	in_village
S3	2026-01-13	in_village
S3	2026-01-14	in_village
S3	2026-01-15	in_village
S3	2026-01-16	in_village
S3	2026-01-19	in_village
S3	2026-01-20	in_village
S3	2026-01-21	in_village
S3	2026-01-22	in_village
S3	2026-01-23	leave
S3	2026-01-26	leave
S3	2026-01-27	leave
S3	2026-01-28	leave
S3	2026-01-29	leave
S3	2026-01-30	leave
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 0
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-attendance	attendance.min-days	violation	secretary	S2	V02	2026	in village 16 days; 17 required (200 a year, for 22 of 261 working days)	
exit 1
