# Sixty files, with at most 50 descriptors open: the first 32 are read
# again for the table, the rest are spooled, and the table is the one a
# pipe of the same rows gives.  (Without the limit of 32 this passes too:
# a dup() that fails leaves its file spooled.  The limit keeps
# descriptors free for the rest of the run.)
$ i=0; while [ $i -lt 60 ]; do awk -v n=50 -v from=$((i * 100 + 1)) -f register.awk > f$((i + 10)).tsv; i=$((i + 1)); done; (ulimit -n 50; fs-households --as-of 2026-06-30 f*.tsv > files.out; echo "exit $?"); { cat f10.tsv; for f in f*.tsv; do [ $f = f10.tsv ] || tail -n +2 $f; done; } | fs-households --as-of 2026-06-30 > pipe.out; cmp files.out pipe.out && echo same; wc -l < files.out
>>> stdout
exit 1
same
3001
