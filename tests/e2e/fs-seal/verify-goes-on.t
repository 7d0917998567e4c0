# --verify reads every ledger named, whatever the one before it gave: a
# file in the folder that is not sealed, or not there, is said, and does
# not hide a broken chain after it.  Exit 2, and no findings then (a
# file could not be checked).
$ printf 'date\tamount\n2026-01-01\t10.00\n2026-01-02\t20.00\n' | fs-seal > a.tsv; sed '2s/10.00/90.00/' a.tsv > b-tampered.tsv; printf 'date\tamount\n' > 0-new.tsv; fs-seal --verify --findings 0-new.tsv nosuch.tsv b-tampered.tsv a.tsv > seal.findings; echo "exit $?"; wc -c < seal.findings; fs-seal --verify a.tsv b-tampered.tsv; echo "exit $?"
>>> stdout
exit 2
0
exit 1
>>> stderr
fs-seal: 0-new.tsv: missing column 'seal' (the ledger is not sealed)
fs-seal: nosuch.tsv: No such file or directory
fs-seal: b-tampered.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: of the 4 named, 1 intact, 1 broken, 2 not verified (so no findings are written)
fs-seal: b-tampered.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: of the 2 named, 1 intact, 1 broken, 0 not verified
