# The same secretary_id with the same term_start twice is an invalid row:
# exit 2 naming both lines, nothing on stdout.
$ fs-roster --as-of 2026-06-30 r.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	mentor_id
S1	甲	县财政局	V01	2025-03-01	2027-02-28	M1
S2	乙	县财政局	V02	2025-03-01	2027-02-28	M1
S1	甲	县财政局	V03	2025-03-01	2027-02-28	M1
>>> stderr
fs-roster: r.tsv:4: the same secretary_id and term_start as r.tsv:2 (got 'S1')
>>> status 2
