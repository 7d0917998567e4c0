# A copy that cannot be named just before its rename (nomap.so's
# NOMAP_LINKAT_FAIL: linkat(2) fails, as in a full folder) is not put in
# the ledger's place: said, exit 2, nothing appended, the ledger as it
# was, and no copy left beside it.
$ lib=$(dirname "$(command -v fs-seal)")/nomap.so; fs-seal l0 > led.tsv; cp led.tsv before; { env ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" NOMAP_LINKAT_FAIL=1 LD_PRELOAD="$lib" fs-seal --append led.tsv l1; echo "exit $?"; } 2>&1 | sed "s#$(pwd -P)#DIR#"; ls -A | grep -c '^\.led'; cmp led.tsv before && echo kept
<<< l0
id	amount
1	10.00
<<< l1
id	amount
2	20.00
>>> stdout
fs-seal: led.tsv: cannot name its copy in its folder DIR: No space left on device
fs-seal: led.tsv: nothing appended
exit 2
0
kept
>>> requires tmpfile nomap
