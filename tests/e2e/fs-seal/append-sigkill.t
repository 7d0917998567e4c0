# An append killed outright (SIGKILL, a crash, the power going) leaves no
# hidden copy beside the ledger: the copy has no name until its rename.
# Here it is killed while it waits for NEW's rows from a pipe.
$ fs-seal l0 > led.tsv; cp led.tsv before; mkfifo new; { printf 'id\tamount\n'; sleep 3; } > new & fs-seal --append led.tsv new & p=$!; sleep 1; kill -KILL $p; wait $p 2>/dev/null; echo "exit $?"; ls -A | grep -c '^\.led'; cmp led.tsv before && echo kept; wait
<<< l0
id	amount
1	10.00
>>> stdout
exit 137
0
kept
>>> requires mkfifo tmpfile
