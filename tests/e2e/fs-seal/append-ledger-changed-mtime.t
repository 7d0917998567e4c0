# A change made while an append is under way that keeps the ledger's size
# and puts its modification time back (a row edited in place, then
# `touch -d`) is seen too, by the change time, which no program can put
# back: exit 2, the ledger as the other program left it.  Before, only
# size, inode and modification time were compared: the rename took the
# change away, exit 0, without a word.  (As append-ledger-changed.t.)
$ printf 'date\titem\tamount\n2026-11-01\tseed\t10.00\n' | fs-seal > led.tsv; mkfifo new; { printf 'date\titem\tamount\n'; until [ -e go ]; do sleep 0.05; done; printf '2026-11-03\tcement\t30.00\n'; } > new & fs-seal --append led.tsv new & p=$!; until ! flock -n led.tsv true; do sleep 0.05; done; sleep 0.2; m=$(stat -c %y led.tsv); sed 's/seed\t10.00/seed\t90.00/' led.tsv > t; cat t > led.tsv; touch -d "$m" led.tsv; touch go; wait $p; echo "exit $?"; cut -f 1-3 led.tsv; ls -A | grep -c '^\.led' ; wait
>>> stdout
exit 2
date	item	amount
2026-11-01	seed	90.00
0
>>> stderr
fs-seal: led.tsv: the ledger changed while it was appended to (another program wrote it, or changed its links, owner or permissions)
fs-seal: led.tsv: nothing appended
