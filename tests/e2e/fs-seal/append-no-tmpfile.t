# On a file system without unnamed files (nomap.so's NOMAP_NO_TMPFILE:
# O_TMPFILE fails, as on NFS) the copy is named from the start,
# ".led.tsv.XXXXXX" (here while the append waits for NEW's rows from a
# pipe); a stop signal removes it and leaves the ledger as it was, and an
# append that ends puts it in the ledger's place.
$ lib=$(dirname "$(command -v fs-seal)")/nomap.so; export ASAN_OPTIONS="$ASAN_OPTIONS:verify_asan_link_order=0" NOMAP_NO_TMPFILE=1 LD_PRELOAD="$lib"; fs-seal l0 > led.tsv; cp led.tsv before; mkfifo new; { printf 'id\tamount\n'; sleep 3; } > new & w=$!; env --default-signal=TERM fs-seal --append led.tsv new & p=$!; i=0; until ls -A | grep -q '^\.led\.tsv\.' || [ $i -ge 200 ]; do sleep 0.1; i=$((i + 1)); done; ls -A | grep -c '^\.led\.tsv\.......$'; kill -TERM $p; wait $p 2>/dev/null; echo "exit $?"; kill $w 2>/dev/null; wait; ls -A | grep -c '^\.led'; cmp led.tsv before && echo kept; fs-seal --append led.tsv l1; echo "exit $?"; ls -A | grep -c '^\.led'; fs-seal --verify led.tsv && cut -f 1,2 led.tsv
<<< l0
id	amount
1	10.00
<<< l1
id	amount
2	20.00
>>> stdout
1
exit 143
0
kept
exit 0
0
id	amount
1	10.00
2	20.00
>>> requires mkfifo env nomap
