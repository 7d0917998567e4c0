# The table goes out as it is made, a megabyte at a time: when it cannot
# be written whole into a regular file (here the file size limit of
# ulimit -f), what was written is taken out again: the file is left
# empty, not holding the first megabytes of a table that reads like all
# of it.  With two threads too (the table written behind).
$ awk -v n=80000 -v from=1 -f register.awk > a.tsv; (ulimit -f 2048; fs-households --as-of 2026-06-30 -j 1 a.tsv > t1.tsv); echo "exit $?"; wc -c < t1.tsv; (ulimit -f 2048; fs-households --as-of 2026-06-30 -j 2 a.tsv > t2.tsv); echo "exit $?"; wc -c < t2.tsv
>>> stdout
exit 2
0
exit 2
0
>>> stderr
fs-households: <stdout>: File too large
fs-households: <stdout>: File too large
