# An append stopped by a signal (Ctrl-C, kill) leaves no half copy beside
# the ledger, and the ledger as it was: here it is killed while it waits
# for NEW's rows from a pipe.
$ fs-seal l0 > led.tsv; cp led.tsv before; mkfifo new; { printf 'id\tamount\n'; sleep 3; } > new & env --default-signal=TERM fs-seal --append led.tsv new & p=$!; sleep 1; kill -TERM $p; wait $p 2>/dev/null; echo "exit $?"; ls -A | grep -c '^\.led'; cmp led.tsv before && echo kept; wait
<<< l0
id	amount
1	10.00
>>> stdout
exit 143
0
kept
>>> requires mkfifo env
