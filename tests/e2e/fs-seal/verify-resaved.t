# A ledger saved again by a spreadsheet that wrote 100.00 as 100 breaks
# at its first row, and every row after it breaks too: said in a second
# line, so that the clerk does not look for one edited row.  Two rows
# edited: the second one's line is said at once.  An edited seal alone
# breaks no row after it (the next row follows the chain as computed).
$ fs-seal f.tsv > l.tsv; sed 's/\.00//' l.tsv > resaved.tsv; fs-seal --verify resaved.tsv; sed '3s/200.00/201.00/;5s/400.00/401.00/' l.tsv > two.tsv; fs-seal --verify two.tsv; sed '3s/[0-9a-f]$/x/' l.tsv > seal.tsv; fs-seal --verify seal.tsv; echo "exit $?"
<<< f.tsv
date	amount
2026-01-01	100.00
2026-01-02	200.00
2026-01-03	300.00
2026-01-04	400.00
>>> stdout
exit 1
>>> stderr
fs-seal: resaved.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: resaved.tsv: every row after it breaks too (3): the file saved again by a program that changed every row?
fs-seal: two.tsv:3: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: two.tsv: one more row breaks, at line 5, against the seal of the row before it
fs-seal: seal.tsv:3: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
