# A file is read as long as it was when it was opened (firstsec(5)), as
# by every tool: rows appended meanwhile are not imported, and a file cut
# short, even at a line's end, stops the import (exit 2, nothing written)
# instead of passing for the whole file.  nomap.so (tests/nomap.c)
# changes the file at its first read.
$ awk 'BEGIN { print "secretary_id,date,status"; for (i = 0; i < 3000; i++) printf "S%d,2026-01-05,in_village\n", i }' > base.csv; cut=$(head -n 1001 base.csv | wc -c); lib=$(dirname "$(command -v fs-import)")/nomap.so; export ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0"; cp base.csv a.csv; NOMAP_CHANGE=a.csv NOMAP_ADD="SNEW,2026-01-05,in_village" LD_PRELOAD="$lib" fs-import a.csv | tail -n 1; echo "added: exit $?, $(wc -l < a.csv) lines now"; cp base.csv a.csv; NOMAP_CHANGE=a.csv NOMAP_CUT=$cut LD_PRELOAD="$lib" fs-import a.csv | wc -l; cp base.csv a.csv; NOMAP_CHANGE=a.csv NOMAP_CUT=$cut LD_PRELOAD="$lib" fs-import a.csv; echo "cut: exit $?"
>>> stdout
S2999	2026-01-05	in_village
added: exit 0, 3002 lines now
0
cut: exit 2
>>> stderr
fs-import: a.csv: the file was cut short while it was read
fs-import: a.csv: the file was cut short while it was read
>>> requires nomap
