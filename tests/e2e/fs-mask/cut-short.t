# A file cut short while it is read (another program writing it:
# nomap.so's NOMAP_CHANGE and NOMAP_CUT) says so in words, exit 2, in
# fs-mask and fs-export: not "Unknown error -1".
$ printf 'a\tb\n1\t2\n3\t4\n5\t6\n' > m.tsv; lib=$(dirname "$(command -v fs-mask)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; for t in fs-mask fs-export; do cp m.tsv m2.tsv; env ASAN_OPTIONS="$asan" NOMAP_CHANGE=m2.tsv NOMAP_CUT=8 LD_PRELOAD="$lib" $t m2.tsv; echo "$t: exit $?"; done
>>> stdout
fs-mask: exit 2
fs-export: exit 2
>>> stderr
fs-mask: m2.tsv: the file was cut short while it was read
fs-export: m2.tsv: the file was cut short while it was read
>>> requires nomap
