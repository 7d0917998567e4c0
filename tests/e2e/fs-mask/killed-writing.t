# A run killed while it writes its report into a file (nomap.so's
# NOMAP_WRITE_TERM: SIGTERM after the first write to standard output)
# takes the report's bytes out again, as a write that fails does: no
# first part of a report is left to read like all of it (exit 143, the
# signal's).  What the file held before the report stays, and so does
# what the tool said into the same file (2>&1: fs-mask's warning of a
# column that holds ID numbers, written before the report), while the
# report is taken out all the same (it begins at its first write): only
# the report's own bytes are taken, never a message or another's line.
# Two stops close together (NOMAP_WRITE_TERM=2: SIGTERM before and after
# the second write; fs-households -j 2 writes from a thread of its own)
# leave the file as it was too: the second waits for the first to finish
# (before, it could end the run half way: the report kept, or a hole of
# NUL bytes).  A stop on the main thread while the writing thread is in
# a write (NOMAP_WRITE_TERM=3: the second write made 0.2 s after
# SIGTERM to the main thread) waits for that write to end, then cuts
# the report back: the file is as it was (before, a write ending after
# the cut could leave a hole of NUL bytes and a block of the report).
$ lib=$(dirname "$(command -v fs-mask)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; awk 'BEGIN { print "household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus\thead_id_number"; for (i = 0; i < 60000; i++) printf "H%06d\tV1\t张三\t2\t20000.00\tnot_poor\t11010519491231002X\n", i }' > big.tsv; for t in fs-mask fs-households; do env ASAN_OPTIONS="$asan" NOMAP_WRITE_TERM=1 LD_PRELOAD="$lib" $t big.tsv > out.tsv; echo "$t: exit $? $(wc -c < out.tsv)"; { echo before; env ASAN_OPTIONS="$asan" NOMAP_WRITE_TERM=1 LD_PRELOAD="$lib" $t big.tsv; } > out.tsv; echo "$t: $(cat out.tsv)"; done; awk 'BEGIN { print "name\t身份证号"; for (i = 0; i < 60000; i++) printf "H%06d\t11010519491231002X\n", i }' > n.tsv; env ASAN_OPTIONS="$asan" NOMAP_WRITE_TERM=1 LD_PRELOAD="$lib" fs-mask n.tsv > log.txt 2>&1; echo "exit $?"; grep -v -e "^fs-mask:" -e Terminated log.txt | wc -l; head -n 1 log.txt | cut -c 1-40; for i in 1 2 3 4 5 6; do { echo before; env ASAN_OPTIONS="$asan" NOMAP_WRITE_TERM=2 LD_PRELOAD="$lib" fs-households -j 2 big.tsv; } > f 2>&1; echo "$(grep -v -e "^before$" -e Terminated f | wc -l) $(tr -dc '\000' < f | wc -c)"; done; for t in "fs-households -j 2" fs-mask; do { echo before; env ASAN_OPTIONS="$asan" NOMAP_WRITE_TERM=3 LD_PRELOAD="$lib" $t big.tsv; } > f 2>/dev/null; echo "$t: exit $? $(cat f | tr '\000' @)"; done
>>> stdout
fs-mask: exit 143 0
fs-mask: before
fs-households: exit 143 0
fs-households: before
exit 143
0
fs-mask: n.tsv:2: column '身份证号' 
0 0
0 0
0 0
0 0
0 0
0 0
fs-households -j 2: exit 143 before
fs-mask: exit 143 before
>>> stderr
Terminated
Terminated
Terminated
Terminated
>>> requires nomap
