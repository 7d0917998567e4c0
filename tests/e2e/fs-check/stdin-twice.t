# Standard input named twice is refused (exit 2) whether it is a file or
# a pipe: it can be read once, and a file would otherwise be counted twice.
$ fs-check -t funds - - < f.tsv; echo "exit $?"; cat f.tsv | fs-check -t funds - -; echo "exit $?"
<<< f.tsv
date	village_id	category	flow	amount
2025-01-01	V1	project	in	5
>>> stdout
exit 2
exit 2
>>> stderr
fs-check: <stdin>: named twice; standard input is read once
fs-check: <stdin>: named twice; standard input is read once
