# Where a file cannot be mapped (a file system without mmap(2), FUSE in
# direct_io mode for one, where it fails with ENODEV), the readers read
# it into a buffer, and the table reads its rows again with pread(2), a
# megabyte at a time or a whole row longer than that (fs-households(1)).
# nomap.so (tests/nomap.c), preloaded, refuses every mapping of a file as
# such a file system would, and says so in log.  On reread.t's register
# (a BOM, CRLF on every other row, blank lines, a row of 1.5 MB) and a
# second file, with one and two threads, the table and --findings, and
# fs-check's count, must be the mapped run's byte for byte.  A register
# emptied while its table is written (changed-table.t) must stop as it
# does mapped: pread() finds no line where a row was.
$ awk -v n=40000 -v from=1 -v crlf=1 -v bom=1 -v long=20000 -f register.awk > a.tsv; awk -v n=3000 -v from=50000 -f register.awk > b.tsv; awk -v n=80000 -v from=1 -f register.awk > c.tsv; lib=$(dirname "$(command -v fs-households)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; for j in 1 2; do for opt in table --findings; do fs-households -j $j --as-of 2026-06-30 $(test $opt = table || echo $opt) a.tsv b.tsv > mapped; m=$?; env ASAN_OPTIONS="$asan" NOMAP_LOG=log LD_PRELOAD="$lib" fs-households -j $j --as-of 2026-06-30 $(test $opt = table || echo $opt) a.tsv b.tsv > read; echo "-j $j $opt: exit $m, $? unmapped, $(cmp -s mapped read && echo same), $(wc -l < read) lines"; done; fs-check -j $j -t households a.tsv b.tsv > mapped; m=$?; env ASAN_OPTIONS="$asan" NOMAP_LOG=log LD_PRELOAD="$lib" fs-check -j $j -t households a.tsv b.tsv > read; echo "fs-check -j $j: exit $m, $? unmapped, $(cmp -s mapped read && echo same)"; done; sort -u log; ( env ASAN_OPTIONS="$asan" LD_PRELOAD="$lib" fs-households --as-of 2026-06-30 c.tsv; echo "exit $?" > status ) | { head -c 1000 > /dev/null; : > c.tsv; cat > /dev/null; }; cat status
>>> stdout
-j 1 table: exit 1, 1 unmapped, same, 43001 lines
-j 1 --findings: exit 1, 1 unmapped, same, 13817 lines
fs-check -j 1: exit 0, 0 unmapped, same
-j 2 table: exit 1, 1 unmapped, same, 43001 lines
-j 2 --findings: exit 1, 1 unmapped, same, 13817 lines
fs-check -j 2: exit 0, 0 unmapped, same
mapping refused
exit 2
>>> stderr
fs-households: c.tsv: the file changed while the table was written
>>> requires nomap
