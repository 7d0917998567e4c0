# The ledger of --append must be a regular file: a named pipe (or a
# device) is refused before it is opened (exit 2), and stays what it was.
$ mkfifo p; fs-seal --append --as-of 2026-04-01 p n.tsv; echo "exit $?"; test -p p && echo "still a pipe"
<<< n.tsv
date	village_id	amount	note
2026-01-03	V01	300.00	third
>>> stdout
exit 2
still a pipe
>>> stderr
fs-seal: p: not a regular file
fs-seal: p: nothing appended
