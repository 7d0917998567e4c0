# attendance.month-short (off by default): each calendar month wholly in
# the window whose last day is on or before the as-of date needs
# min(min_month_days, its working days) in-village days; period YYYY-MM.
# Here 20: February 2026 has 16 working days (Spring Festival), so 16 are
# enough; March has 22, so 20.  January is cut by the term's start and
# not judged; March only once its last day has come.
$ fs-attendance --as-of 2026-03-31 --roster r.tsv --policy p.tsv --findings a.tsv | grep month-short; fs-attendance --as-of 2026-03-30 --roster r.tsv --policy p.tsv --findings a.tsv | grep month-short
<<< p.tsv
key	value
attendance.min_month_days	20
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2026-01-15	2028-01-14
S2	乙	县财政局	V02	2026-01-15	2028-01-14
<<< a.tsv
secretary_id	date	status
S1	2026-02-02	in_village
S1	2026-02-03	in_village
S1	2026-02-04	in_village
S1	2026-02-05	in_village
S1	2026-02-06	in_village
S1	2026-02-09	in_village
S1	2026-02-10	in_village
S1	2026-02-11	in_village
S1	2026-02-12	in_village
S1	2026-02-13	in_village
S1	2026-02-14	in_village
S1	2026-02-24	in_village
S1	2026-02-25	in_village
S1	2026-02-26	in_village
S1	2026-02-27	in_village
S1	2026-02-28	in_village
S1	2026-03-02	in_village
S1	2026-03-03	in_village
S1	2026-03-04	in_village
S1	2026-03-05	in_village
S1	2026-03-06	in_village
S1	2026-03-09	in_village
S1	2026-03-10	in_village
S1	2026-03-11	in_village
S1	2026-03-12	in_village
S1	2026-03-13	in_village
S1	2026-03-16	in_village
S1	2026-03-17	in_village
S1	2026-03-18	in_village
S1	2026-03-19	in_village
S1	2026-03-20	in_village
S1	2026-03-23	in_village
S1	2026-03-24	in_village
S1	2026-03-25	in_village
S1	2026-03-26	in_village
S1	2026-03-27	leave
S1	2026-03-30	leave
S1	2026-03-31	leave
S2	2026-02-02	in_village
S2	2026-02-03	in_village
S2	2026-02-04	in_village
S2	2026-02-05	in_village
S2	2026-02-06	in_village
S2	2026-02-09	in_village
S2	2026-02-10	in_village
S2	2026-02-11	in_village
S2	2026-02-12	in_village
S2	2026-02-13	in_village
S2	2026-02-14	in_village
S2	2026-02-24	in_village
S2	2026-02-25	in_village
S2	2026-02-26	in_village
S2	2026-02-27	in_village
S2	2026-02-28	leave
S2	2026-03-02	in_village
S2	2026-03-03	in_village
S2	2026-03-04	in_village
S2	2026-03-05	in_village
S2	2026-03-06	in_village
S2	2026-03-09	in_village
S2	2026-03-10	in_village
S2	2026-03-11	in_village
S2	2026-03-12	in_village
S2	2026-03-13	in_village
S2	2026-03-16	in_village
S2	2026-03-17	in_village
S2	2026-03-18	in_village
S2	2026-03-19	in_village
S2	2026-03-20	in_village
S2	2026-03-23	in_village
S2	2026-03-24	in_village
S2	2026-03-25	in_village
S2	2026-03-26	in_village
S2	2026-03-27	in_village
S2	2026-03-30	leave
S2	2026-03-31	leave
>>> stdout
fs-attendance	attendance.month-short	violation	secretary	S1	V01	2026-03	in village 19 of 22 working days in 2026-03; 20 required	
fs-attendance	attendance.month-short	violation	secretary	S2	V02	2026-02	in village 15 of 16 working days in 2026-02; 16 required	
fs-attendance	attendance.month-short	violation	secretary	S2	V02	2026-02	in village 15 of 16 working days in 2026-02; 16 required	
