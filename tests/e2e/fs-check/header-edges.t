# Edges of the header (SPEC 1.1): a byte-order mark alone on the first
# line is dropped, and the empty line left is skipped; a mark after an
# empty first line is not at the file's start, so it stays and the first
# column is not 'date'.  A column named twice is named in the message,
# the first such column (a, not b, in b a a b).  A file name with a CR
# is written escaped in the table's file column (no raw CR on output).
$ printf '\357\273\277\ndate\ttype\n2026-01-01\tholiday\n' > t2.tsv; printf '\n\357\273\277date\ttype\n2026-01-01\tholiday\n' > t3.tsv; printf 'date\ttype\n2026-01-01\tholiday\n' > "$(printf 'c\rr.tsv')"; fs-check -t calendar t2.tsv; echo "exit $?"; fs-check -t calendar t3.tsv; echo "exit $?"; fs-check -t calendar "$(printf 'c\rr.tsv')" | od -An -c | tr -s ' ' | tail -n 2; fs-export t28.tsv; echo "exit $?"; fs-export t29.tsv; echo "exit $?"
<<< t28.tsv
a	a
x	y
<<< t29.tsv
b	a	a	b
1	2	3	4
>>> stdout
file	type	rows	invalid
t2.tsv	calendar	1	0
exit 0
exit 2
 n v a l i d \n c \ r r . t s v \t
 c a l e n d a r \t 1 \t 0 \n
exit 2
exit 2
>>> stderr
fs-check: t3.tsv: missing column 'date' (the header has 'date' with a space or a byte-order mark around it)
fs-export: t28.tsv: column 'a' named twice
fs-export: t29.tsv: column 'a' named twice
