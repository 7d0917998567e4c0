# An invalid row stops the run: exit 2, TOOL: FILE:LINE: ..., nothing on
# stdout.  So does a missing column (in the attendance or the roster),
# an invalid roster row, or a roster that cannot be read.
$ fs-attendance --as-of 2026-01-09 a.tsv; fs-attendance --as-of 2026-01-09 b.tsv; fs-attendance --as-of 2026-01-09 --roster r.tsv c.tsv; fs-attendance --as-of 2026-01-09 --roster nosuch.tsv c.tsv; fs-attendance --as-of 2026-01-09 --roster c.tsv c.tsv; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	2026-01-06	holiday
<<< b.tsv
secretary_id	status
S1	in_village
<<< c.tsv
secretary_id	date	status
S1	2026-01-05	in_village
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2026-01-05	2026-01-04
>>> stdout
exit 2
>>> stderr
fs-attendance: a.tsv:3: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'holiday')
fs-attendance: b.tsv: missing column 'date'
fs-attendance: r.tsv:2: column 'term_end': term_end before term_start (got '2026-01-04')
fs-attendance: nosuch.tsv: No such file or directory
fs-attendance: c.tsv: missing column 'name'
