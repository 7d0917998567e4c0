# The register changes while its table is written into a regular file
# (nomap.so cuts it to nothing after the table's first write): exit 2,
# and what was written of the table is taken out of the file before the
# message goes, so that with the message in the same file (2>>, 2>&1) the
# file holds the message alone: before, 2>> lost the message with the
# table, and 2>&1 kept a megabyte of table with the message in a row.
$ lib=$(dirname "$(command -v fs-households)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; for j in 1 2; do awk -v n=80000 -v from=1 -f register.awk > a.tsv; env ASAN_OPTIONS="$asan" NOMAP_WRITE_CUT=a.tsv LD_PRELOAD="$lib" fs-households -j $j --as-of 2026-06-30 a.tsv > t.tsv 2>> t.tsv; echo "-j $j 2>>: exit $?"; cat t.tsv; awk -v n=80000 -v from=1 -f register.awk > a.tsv; env ASAN_OPTIONS="$asan" NOMAP_WRITE_CUT=a.tsv LD_PRELOAD="$lib" fs-households -j $j --as-of 2026-06-30 a.tsv > t.tsv 2>&1; echo "-j $j 2>&1: exit $?"; cat t.tsv; done
>>> stdout
-j 1 2>>: exit 2
fs-households: a.tsv: the file changed while the table was written
-j 1 2>&1: exit 2
fs-households: a.tsv: the file changed while the table was written
-j 2 2>>: exit 2
fs-households: a.tsv: the file changed while the table was written
-j 2 2>&1: exit 2
fs-households: a.tsv: the file changed while the table was written
>>> requires nomap
