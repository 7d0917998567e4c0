# A ledger cut short while it is verified (another program writing it:
# nomap.so's NOMAP_CHANGE and NOMAP_CUT) says so in words, before its
# break or after it, exit 2: not "Unknown error -1".
$ printf 'date\tamount\n2026-01-01\t10.00\n2026-01-02\t20.00\n2026-01-03\t30.00\n2026-01-04\t40.00\n' | fs-seal > s.tsv; sed '2s/10.00/90.00/; 3s/20.00/80.00/' s.tsv > t1.tsv; cp t1.tsv t2.tsv; lib=$(dirname "$(command -v fs-seal)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; env ASAN_OPTIONS="$asan" NOMAP_CHANGE=t1.tsv NOMAP_CUT=220 LD_PRELOAD="$lib" fs-seal --verify t1.tsv; echo "exit $?"; env ASAN_OPTIONS="$asan" NOMAP_CHANGE=t2.tsv NOMAP_CUT=60 LD_PRELOAD="$lib" fs-seal --verify t2.tsv; echo "exit $?"
>>> stdout
exit 2
exit 2
>>> stderr
fs-seal: t1.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: t1.tsv: the file was cut short while it was read
fs-seal: t2.tsv: the file was cut short while it was read
>>> requires nomap
