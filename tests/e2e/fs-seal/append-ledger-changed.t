# Another program that writes the ledger while an append is under way (a
# row typed in by hand, an editor's save) does not see the lock: its
# change would have gone with the rename, exit 0, without a word.  The
# append now sees the ledger changed and stops (exit 2), the ledger as
# the other program left it.  (flock(1) tells when the append holds it;
# NEW is a FIFO whose row comes once the ledger has been written.)
$ printf 'date\titem\tamount\n2026-11-01\tseed\t10.00\n' | fs-seal > led.tsv; mkfifo new; { printf 'date\titem\tamount\n'; until [ -e go ]; do sleep 0.05; done; printf '2026-11-03\tcement\t30.00\n'; } > new & fs-seal --append led.tsv new & p=$!; until ! flock -n led.tsv true; do sleep 0.05; done; sleep 0.2; printf '2026-11-02\tbricks\t20.00\tTYPED\n' >> led.tsv; touch go; wait $p; echo "exit $?"; cut -f 1-3 led.tsv; ls -A | grep -c '^\.led' ; wait
>>> stdout
exit 2
date	item	amount
2026-11-01	seed	10.00
2026-11-02	bricks	20.00
0
>>> stderr
fs-seal: led.tsv: the ledger changed while it was appended to (another program wrote it, or changed its links, owner or permissions)
fs-seal: led.tsv: nothing appended
