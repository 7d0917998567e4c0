# Invalid rows stop the run (exit 2, FILE:LINE, nothing on stdout):
# term_end before term_start, left before term_start, a bad date; a
# missing required column names the file and column.
$ fs-roster --as-of 2026-06-30 a.tsv; fs-roster --as-of 2026-06-30 b.tsv; fs-roster --as-of 2026-06-30 c.tsv; fs-roster --as-of 2026-06-30 d.tsv; echo "exit $?"
<<< a.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	甲	县财政局	V01	2025-03-01	2025-02-28
<<< b.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	县财政局	V01	2025-03-01	2027-02-28	2025-02-01
<<< c.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end

S1	甲	县财政局	V01	2025-02-29	2027-02-28
<<< d.tsv
secretary_id	name	village_id	term_start	term_end
S1	甲	V01	2025-03-01	2027-02-28
>>> stdout
exit 2
>>> stderr
fs-roster: a.tsv:2: column 'term_end': term_end before term_start (got '2025-02-28')
fs-roster: b.tsv:2: column 'left': left before term_start (got '2025-02-01')
fs-roster: c.tsv:3: column 'term_start': no such day (got '2025-02-29')
fs-roster: d.tsv: missing column 'sending_unit'
