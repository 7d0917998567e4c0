# A number in a column kept as it is is found as a clerk writes it too:
# an ID number in groups (spaces, dashes), one of 15 digits from before
# 1999, a mobile number in groups or with 86 or +86 before it.  Not: a
# landline, a time, an ID number with a wrong check digit, 15 digits
# without a birth date, +1 and ten digits, digits run into a word.  The
# last column is looked at too, and groups of four (1101 0519 ...).
$ fs-mask n.tsv > /dev/null; echo "exit $?"; cat n.tsv | fs-mask 2>&1 >/dev/null | cut -d" " -f 1-7; printf "a\tb\tphone_no\nx\ty\t13912345678\n" > l.tsv; fs-mask l.tsv 2>&1 >/dev/null | cut -d" " -f 1-7; printf "x\ty\n1101 0519 4912 3100 2X\t1391 234 5678\n" > q.tsv; fs-mask q.tsv 2>&1 >/dev/null | cut -d" " -f 1-7
<<< n.tsv
a	b	c	d	e	f	g	h	i	j	k	l
110105 19491231 002X	110105-19491231-002X	110105491231002	139 1234 5678	+86 139-1234-5678	8613912345678	0731-88889999	2026-03-01 10:00:00	110105 19491231 0021	110105491331002	+1 555 123 4567	户主13912345678
>>> stdout
exit 0
fs-mask: <stdin>:2: column 'a' holds a resident
fs-mask: <stdin>:2: column 'b' holds a resident
fs-mask: <stdin>:2: column 'c' holds an old
fs-mask: <stdin>:2: column 'd' holds a mobile
fs-mask: <stdin>:2: column 'e' holds a mobile
fs-mask: <stdin>:2: column 'f' holds a mobile
fs-mask: l.tsv:2: column 'phone_no' holds a mobile
fs-mask: q.tsv:2: column 'x' holds a resident
fs-mask: q.tsv:2: column 'y' holds a mobile
>>> stderr
fs-mask: n.tsv:2: column 'a' holds a resident ID number and is not masked (rename it to end in 'id_number', which keeps its first 6 and last 4 characters; or --mask it, which keeps only its first)
fs-mask: n.tsv:2: column 'b' holds a resident ID number and is not masked (rename it to end in 'id_number', which keeps its first 6 and last 4 characters; or --mask it, which keeps only its first)
fs-mask: n.tsv:2: column 'c' holds an old 15-digit ID number and is not masked (rename it to end in 'id_number', which keeps its first 6 and last 4 characters; or --mask it, which keeps only its first)
fs-mask: n.tsv:2: column 'd' holds a mobile number and is not masked (rename it to end in 'phone', which keeps its first 3 and last 4 characters; or --mask it, which keeps only its first)
fs-mask: n.tsv:2: column 'e' holds a mobile number and is not masked (rename it to end in 'phone', which keeps its first 3 and last 4 characters; or --mask it, which keeps only its first)
fs-mask: n.tsv:2: column 'f' holds a mobile number and is not masked (rename it to end in 'phone', which keeps its first 3 and last 4 characters; or --mask it, which keeps only its first)
