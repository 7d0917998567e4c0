# A rejects file that is also the run's standard output (a regular file:
# --rejects /dev/stdout > FILE, or the same name in both) is refused, exit
# 2: the report and the rejected rows would overwrite each other.  Into a
# pipe both go, the rejected rows first.
$ fs-check -t attendance --rejects /dev/stdout a.tsv > o.tsv; echo "exit $?"; wc -c < o.tsv; echo kept > r.tsv; fs-check -t attendance --rejects r.tsv a.tsv >> r.tsv; echo "exit $?"; cat r.tsv; { fs-check -t attendance --rejects /dev/stdout a.tsv; echo "exit $?"; } | cat
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	x	in_village
>>> stdout
exit 2
0
exit 2
kept
source	reason	secretary_id	date	status
a.tsv:3	column 'date': not a date (YYYY-MM-DD) (got 'x')	S1	x	in_village
file	type	rows	invalid
a.tsv	attendance	2	1
exit 3
>>> stderr
fs-check: /dev/stdout: the rejects file is also standard output; it is left as it was
fs-check: r.tsv: the rejects file is also standard output; it is left as it was
fs-check: 1 invalid row written to /dev/stdout
