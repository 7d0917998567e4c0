# A calendar big enough to be read in parts by two threads (4.7 MB),
# whose last row repeats its first: with the same type it is a plain
# duplicate, as on one thread; with the other type it is invalid, and
# the message names the first row, as on one thread.  A second file
# that repeats the big one's last date with the same type is fine too:
# the second part's keys, merged into the run's, keep their types.
$ awk 'BEGIN { print "date\ttype"; split("31 28 31 30 31 30 31 31 30 31 30 31", ml, " "); for (y = 1000; y < 1685; y++) for (m = 1; m <= 12; m++) for (d = 1; d <= ml[m]; d++) printf "%04d-%02d-%02d\tholiday\n", y, m, d; print "1000-01-01\tholiday" }' > same.tsv; sed '$s/holiday/workday/' same.tsv > both.tsv; for j in 1 2; do fs-check -t calendar --jobs $j same.tsv; echo "exit $?"; fs-check -t calendar --jobs $j both.tsv; echo "exit $?"; done; sed '$d' same.tsv > once.tsv; { head -n 1 once.tsv; tail -n 1 once.tsv; } > last.tsv; fs-check -t calendar --jobs 2 once.tsv last.tsv; echo "exit $?"
>>> stdout
file	type	rows	invalid
same.tsv	calendar	250026	0
exit 0
exit 2
file	type	rows	invalid
same.tsv	calendar	250026	0
exit 0
exit 2
file	type	rows	invalid
once.tsv	calendar	250025	0
last.tsv	calendar	1	0
exit 0
>>> stderr
fs-check: both.tsv:250027: the same date as both.tsv:2, given as 'holiday' there (got '1000-01-01')
fs-check: both.tsv:250027: the same date as both.tsv:2, given as 'holiday' there (got '1000-01-01')
