# A ledger that cannot be read from a place on (a disk error at offset
# 100,000, made by nomap.so: NOMAP_EIO, for the readers of its pieces
# too) is not intact, whatever the threads: intact before that place, or
# broken before it (said first) or after it (not reached), by one thread
# or two, it says the read error, exit 2, as the chain's way always did.
$ awk 'BEGIN { print "id\tnote"; for (i = 1; i <= 3000; i++) printf "%06d\t%s\n", i, "xxxxxxxxxxxxxxxxxxxxxxxxxxx" }' > plain.tsv; fs-seal plain.tsv > s.tsv; sed '500s/x/y/' s.tsv > b5.tsv; sed '2000s/x/y/' s.tsv > b20.tsv; lib=$(dirname "$(command -v fs-seal)")/nomap.so; export ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0"; for f in s b5 b20; do for j in 1 2; do NOMAP_EIO=$f.tsv NOMAP_EIO_AFTER=100000 LD_PRELOAD="$lib" fs-seal --verify -j $j $f.tsv; echo "$f, -j $j: exit $?"; done; done
>>> stdout
s, -j 1: exit 2
s, -j 2: exit 2
b5, -j 1: exit 2
b5, -j 2: exit 2
b20, -j 1: exit 2
b20, -j 2: exit 2
>>> stderr
fs-seal: s.tsv: Input/output error
fs-seal: s.tsv: Input/output error
fs-seal: b5.tsv:500: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: b5.tsv: Input/output error
fs-seal: b5.tsv:500: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: b5.tsv: Input/output error
fs-seal: b20.tsv: Input/output error
fs-seal: b20.tsv: Input/output error
>>> requires nomap
