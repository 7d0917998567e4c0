# An append stopped by a signal (Ctrl-C, kill) leaves no half copy beside
# the ledger, and the ledger as it was: here it is killed while it waits
# for NEW's rows from a pipe (once it has the pipe open; 20 s at most).
$ fs-seal l0 > led.tsv; cp led.tsv before; mkfifo new; { printf 'id\tamount\n'; sleep 3; } > new & w=$!; env --default-signal=TERM fs-seal --append led.tsv new & p=$!; d=$(pwd -P); i=0; until ls -l /proc/$p/fd 2>/dev/null | grep -q "$d/new" || [ $i -ge 200 ]; do sleep 0.1; i=$((i + 1)); done; kill -TERM $p; wait $p 2>/dev/null; echo "exit $?"; kill $w 2>/dev/null; wait; ls -A | grep -c '^\.led'; cmp led.tsv before && echo kept
<<< l0
id	amount
1	10.00
>>> stdout
exit 143
0
kept
>>> requires mkfifo env
