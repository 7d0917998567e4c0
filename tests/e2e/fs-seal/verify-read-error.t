# A ledger that cannot be read on after its break (a disk error, made by
# nomap.so: NOMAP_EIO) says so, exit 2: the rows after the break are not
# counted as if the file ended there.
$ printf 'date\tamount\n2026-01-01\t10.00\n2026-01-02\t20.00\n2026-01-03\t30.00\n2026-01-04\t40.00\n' | fs-seal > s.tsv; sed '2s/10.00/90.00/; 3s/20.00/80.00/' s.tsv > t1.tsv; lib=$(dirname "$(command -v fs-seal)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; env ASAN_OPTIONS="$asan" LD_PRELOAD="$lib" fs-seal --verify t1.tsv; echo "exit $?"; env ASAN_OPTIONS="$asan" NOMAP_EIO=t1.tsv NOMAP_EIO_AFTER=250 LD_PRELOAD="$lib" fs-seal --verify t1.tsv; echo "exit $?"
>>> stdout
exit 1
exit 2
>>> stderr
fs-seal: t1.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: t1.tsv: one more row breaks, at line 3, against the seal of the row before it
fs-seal: t1.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: t1.tsv: Input/output error
>>> requires nomap
