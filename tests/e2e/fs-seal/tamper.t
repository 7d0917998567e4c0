# Every kind of tampering breaks the chain at the right line: one byte
# edited (line 3), a row deleted (line 3), two rows swapped (line 2), a
# row inserted (line 4), the header edited (line 2, the first row), a
# seal edited (line 5), the last row moved up to the first (line 2).  Exit 1, FILE:LINE
# on stderr.  The rows after the break are read on: those that follow
# neither from the row before them nor from the last row that did (the
# row after a swapped pair, not the row after an inserted one or the
# rows a moved row was put before) are said too, with the first one's
# line.
$ fs-seal f.tsv > s.tsv; sed '3s/200.00/200.01/' s.tsv > edit.tsv; sed '3d' s.tsv > delete.tsv; awk 'NR == 2 { h = $0; next } { print } NR == 3 { print h }' s.tsv > swap.tsv; sed '4i 2026-01-02\tV01\t5.00\tslipped in\t0000000000000000000000000000000000000000000000000000000000000000' s.tsv > insert.tsv; sed '1s/amount/yuan/' s.tsv > header.tsv; sed '5s/\t[0-9a-f]*$/\tb0e2c1f8a9d16fbd4dabc0a2c1f4b4a7f53e5d94b37da4e67d47c1163f2c0e6a/' s.tsv > seal.tsv; awk 'NR == 5 { print; printf "%s", b; next } NR > 1 { b = b $0 "\n"; next } { print }' s.tsv > move.tsv; for f in edit delete swap insert header seal move; do fs-seal --verify --as-of 2026-04-01 $f.tsv; echo "$f: exit $?"; done
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
2026-01-03	V01	300.00	third
2026-01-04	V01	400.00	fourth
>>> stdout
edit: exit 1
delete: exit 1
swap: exit 1
insert: exit 1
header: exit 1
seal: exit 1
move: exit 1
>>> stderr
fs-seal: edit.tsv:3: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: delete.tsv:3: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: swap.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: swap.tsv: one more row breaks, at line 4, against the seal of the row before it
fs-seal: insert.tsv:4: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: header.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: seal.tsv:5: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: move.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
