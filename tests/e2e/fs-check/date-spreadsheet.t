# A date a spreadsheet saved in a form of its own is refused, and the
# reason says how to mend it: 2026/3/1, 2026-3-2, 2026.03.04 (written as
# 2026-03-01), 2026年3月3日 (write it 2026-03-03), 3/4/2026 (the year
# first), the day's number of a column not formatted as a date, a date and
# a time.
# Anything else gets the plain reason.
$ fs-check --type attendance --rejects rej.tsv d.tsv; echo "exit $?"; cut -f 1,2 rej.tsv; fs-attendance --as-of 2026/3/1 d.tsv 2>&1 | head -n 1
<<< d.tsv
secretary_id	date	status
S1	2026/3/1	in_village
S1	2026-3-2	in_village
S1	2026.03.04	in_village
S1	2026年3月3日	in_village
S1	3/4/2026	in_village
S1	46085	in_village
S1	2026-03-05 00:00:00	in_village
S1	2026-03-05T08:30	in_village
S1	2026-02-30 08:00	in_village
S1	yesterday	in_village
S1	2026-03-06	in_village
>>> stdout
file	type	rows	invalid
d.tsv	attendance	11	10
exit 3
source	reason
d.tsv:2	column 'date': not a date (YYYY-MM-DD, written as 2026-03-01) (got '2026/3/1')
d.tsv:3	column 'date': not a date (YYYY-MM-DD, written as 2026-03-01) (got '2026-3-2')
d.tsv:4	column 'date': not a date (YYYY-MM-DD, written as 2026-03-01) (got '2026.03.04')
d.tsv:5	column 'date': not a date (YYYY-MM-DD: write it 2026-03-03) (got '2026年3月3日')
d.tsv:6	column 'date': not a date (YYYY-MM-DD, the year first) (got '3/4/2026')
d.tsv:7	column 'date': not a date (YYYY-MM-DD; a day's number from a spreadsheet? format the column as a date) (got '46085')
d.tsv:8	column 'date': not a date (YYYY-MM-DD, without a time) (got '2026-03-05 00:00:00')
d.tsv:9	column 'date': not a date (YYYY-MM-DD, without a time) (got '2026-03-05T08:30')
d.tsv:10	column 'date': not a date (YYYY-MM-DD) (got '2026-02-30 08:00')
d.tsv:11	column 'date': not a date (YYYY-MM-DD) (got 'yesterday')
fs-attendance: --as-of: not a date (YYYY-MM-DD, written as 2026-03-01) (got '2026/3/1')
>>> stderr
fs-check: 10 invalid rows written to rej.tsv
