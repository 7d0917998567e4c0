# A file is read as long as it was when it was opened, mapped or not
# (firstsec(5)).  Where it cannot be mapped (nomap.so, which also changes
# the file at its first read: tests/nomap.c), rows appended meanwhile are
# not read, and a file cut short, even at a line's end, stops the tool
# with exit 2, on one thread and on two, as a mapped file does.
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; for (i = 0; i < 3000; i++) printf "S%d\t2026-01-05\tin_village\n", i }' > base.tsv; cut=$(head -n 1001 base.tsv | wc -c); lib=$(dirname "$(command -v fs-check)")/nomap.so; export ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0"; for j in 1 2; do cp base.tsv a.tsv; NOMAP_CHANGE=a.tsv NOMAP_ADD="SNEW	2026-01-05	in_village" LD_PRELOAD="$lib" fs-check -t attendance -j $j a.tsv; echo "added, -j $j: exit $?, $(wc -l < a.tsv) lines now"; cp base.tsv a.tsv; NOMAP_CHANGE=a.tsv NOMAP_CUT=$cut LD_PRELOAD="$lib" fs-check -t attendance -j $j a.tsv; echo "cut, -j $j: exit $?"; done
>>> stdout
file	type	rows	invalid
a.tsv	attendance	3000	0
added, -j 1: exit 0, 3002 lines now
cut, -j 1: exit 2
file	type	rows	invalid
a.tsv	attendance	3000	0
added, -j 2: exit 0, 3002 lines now
cut, -j 2: exit 2
>>> stderr
fs-check: a.tsv: the file was cut short while it was read
fs-check: a.tsv: the file was cut short while it was read
>>> requires nomap
