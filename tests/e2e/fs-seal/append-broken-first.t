# --append verifies the ledger first: a broken chain is reported (exit 1)
# even when NEW's header differs too, which is said only of a ledger
# that is whole (exit 2).  Nothing is appended either way.
$ sh run.sh
<<< run.sh
fs-seal l.tsv > ok.tsv; cp ok.tsv s.tsv; sed -i 's/^1/9/' s.tsv; cp s.tsv s0.tsv
fs-seal --append s.tsv n.tsv; echo "exit $?"; cmp s.tsv s0.tsv && echo "s.tsv as it was"
cp ok.tsv ok0.tsv; fs-seal --append ok.tsv n.tsv; echo "exit $?"; cmp ok.tsv ok0.tsv && echo "ok.tsv as it was"
<<< l.tsv
a	b
1	2
<<< n.tsv
a	B
3	4
>>> stdout
exit 1
s.tsv as it was
exit 2
ok.tsv as it was
>>> stderr
fs-seal: s.tsv:2: the chain breaks here: seal does not match (the header or this row edited, or a row inserted, deleted or moved)
fs-seal: s.tsv: nothing appended
fs-seal: n.tsv: no column 'b', which ok.tsv has (its rows must have the ledger's columns) (the header has 'B': names are matched as written)
fs-seal: ok.tsv: nothing appended
