# attendance.month-short judges a calendar month only when it lies wholly
# inside the window: a service that ends (left) on the month's last day
# keeps that month (S2's November), one that ends the day before does not
# (S3's); a term that starts on the 2nd loses its first month (S4's
# October, whose 1st is a working day).  December is judged once its last
# day, the year's last, has come (2026-12-31, not 12-30), and so it is
# from a later year with --year.  min_month_days 1, no records at all.
$ for a in 2026-12-30 2026-12-31; do echo "as of $a"; fs-attendance --calendar none --as-of $a --roster r.tsv --policy p.tsv --findings a.tsv | grep month-short | cut -f 5,7; done; echo "--year 2026 as of 2027-03-01"; fs-attendance --calendar none --year 2026 --as-of 2027-03-01 --roster r.tsv --policy p.tsv --findings a.tsv | grep month-short | cut -f 5,7,8
<<< p.tsv
key	value
attendance.min_month_days	1
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2026-10-01	2028-09-30	
S2	乙	县财政局	V02	2026-10-01	2028-09-30	2026-11-30
S3	丙	县财政局	V03	2026-10-01	2028-09-30	2026-11-29
S4	丁	县财政局	V04	2026-10-02	2028-09-30	
<<< a.tsv
secretary_id	date	status
>>> stdout
as of 2026-12-30
S1	2026-10
S1	2026-11
S2	2026-10
S2	2026-11
S3	2026-10
S4	2026-11
as of 2026-12-31
S1	2026-10
S1	2026-11
S1	2026-12
S2	2026-10
S2	2026-11
S3	2026-10
S4	2026-11
S4	2026-12
--year 2026 as of 2027-03-01
S1	2026-10	in village 0 of 22 working days in 2026-10; 1 required
S1	2026-11	in village 0 of 21 working days in 2026-11; 1 required
S1	2026-12	in village 0 of 23 working days in 2026-12; 1 required
S2	2026-10	in village 0 of 22 working days in 2026-10; 1 required
S2	2026-11	in village 0 of 21 working days in 2026-11; 1 required
S3	2026-10	in village 0 of 22 working days in 2026-10; 1 required
S4	2026-11	in village 0 of 21 working days in 2026-11; 1 required
S4	2026-12	in village 0 of 23 working days in 2026-12; 1 required
