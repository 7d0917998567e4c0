# An append killed outright (SIGKILL, a crash, the power going) leaves no
# hidden copy beside the ledger: the copy has no name until its rename.
# Here it is killed while it waits for NEW's rows from a pipe, once its
# copy is open (an unnamed file shows in /proc as "DIR/#INODE (deleted)";
# 20 s at most).
$ fs-seal l0 > led.tsv; cp led.tsv before; mkfifo new; { printf 'id\tamount\n'; sleep 3; } > new & w=$!; fs-seal --append led.tsv new & p=$!; i=0; d=$(pwd -P); until ls -l /proc/$p/fd 2>/dev/null | grep -q "$d/#[0-9]* (deleted)" || [ $i -ge 200 ]; do sleep 0.1; i=$((i + 1)); done; kill -KILL $p; wait $p 2>/dev/null; echo "exit $?"; kill $w 2>/dev/null; wait; ls -A | grep -c '^\.led'; cmp led.tsv before && echo kept
<<< l0
id	amount
1	10.00
>>> stdout
exit 137
0
kept
>>> requires mkfifo tmpfile
