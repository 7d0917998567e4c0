# A conflict names the first valid row that gave the day, which is
# looked for in the raw bytes of the files again: here in the second
# file too, under another order of columns, across CRLF line ends, a
# blank line before the header and a byte-order mark, and on a last line
# without its newline.  A line with the same bytes in those columns that
# was rejected (a field too many) is not it, nor a line that holds the
# id and the date elsewhere than in their columns (S12, a note).
$ printf '\r\nsecretary_id\tdate\tstatus\tnote\r\nS1\t2026-01-05\tin_village\tx\textra\r\nS1\t2026-01-05\tin_village\tok\r\nS12\t2026-01-06\tin_village\tS1 2026-01-06\r\nS1\t2026-01-07\tabsent\tlast, no newline' > a.tsv; printf '\357\273\277date\tstatus\tsecretary_id\r\n2026-01-06\tin_village\tS1\r\n2026-01-05\tabsent\tS1\r\n2026-01-07\tleave\tS1\r\n2026-01-06\tleave\tS1\r\n' > b.tsv; fs-check -t attendance --rejects r.tsv a.tsv b.tsv; echo "exit $?"; cut -f 1,2 r.tsv; fs-attendance --as-of 2026-06-30 --calendar none --rejects r2.tsv a.tsv b.tsv > /dev/null; echo "exit $?"; cmp r.tsv r2.tsv && echo "the same from fs-attendance"
>>> stdout
file	type	rows	invalid
a.tsv	attendance	4	1
b.tsv	attendance	4	3
exit 3
source	reason
a.tsv:3	5 fields where the header has 4
b.tsv:3	conflicts with 'in_village' at a.tsv:4 for the same secretary_id and date (got 'absent')
b.tsv:4	conflicts with 'absent' at a.tsv:6 for the same secretary_id and date (got 'leave')
b.tsv:5	conflicts with 'in_village' at b.tsv:2 for the same secretary_id and date (got 'leave')
exit 3
the same from fs-attendance
>>> stderr
fs-check: 4 invalid rows written to r.tsv
fs-attendance: 4 invalid rows written to r2.tsv
