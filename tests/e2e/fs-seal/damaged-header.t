# A sealed ledger's header damaged so that it is no header (a byte that
# is not UTF-8, a column renamed to one it already has) is where the
# chain breaks, at line 1: exit 1 and a finding, and the other files are
# verified all the same (before, exit 2 and no findings at all).
# --append onto such a ledger appends nothing (exit 1); sealing it, it is
# an input that cannot be read (exit 2).
$ fs-seal f.tsv > s.tsv; cp s.tsv ok.tsv; printf '\n\n' > bad.tsv; sed '1s/note/n\xffte/' s.tsv >> bad.tsv; sed '1s/amount/note/' s.tsv > twice.tsv; sed '3s/200/300/' s.tsv > row.tsv; fs-seal --verify --findings row.tsv bad.tsv twice.tsv ok.tsv > out; echo "exit $?"; cut -f 2,5,8,9 out; fs-seal --append bad.tsv f.tsv; echo "exit $?"; fs-seal twice.tsv; echo "exit $?"
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
>>> stdout
exit 1
rule	entity_id	detail	source
seal.broken	bad.tsv	the chain breaks at line 3: invalid UTF-8 in the header	bad.tsv:3
seal.broken	row.tsv	the chain breaks at line 3: seal does not match (a row edited, inserted, deleted or moved)	row.tsv:3
seal.broken	twice.tsv	the chain breaks at line 1: column 'note' named twice	twice.tsv:1
exit 1
exit 2
>>> stderr
fs-seal: row.tsv:3: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: bad.tsv:3: the chain breaks here: invalid UTF-8 in the header
fs-seal: twice.tsv:1: the chain breaks here: column 'note' named twice
fs-seal: of the 4 named, 1 intact, 3 broken, 0 not verified
fs-seal: bad.tsv:3: the chain breaks here: invalid UTF-8 in the header
fs-seal: bad.tsv: nothing appended
fs-seal: twice.tsv: column 'note' named twice
