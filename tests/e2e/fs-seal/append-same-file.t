# --append with the ledger as NEW too: one file read twice, an error
# (exit 2), and the ledger is left as it was; --verify of one file named
# twice likewise.
$ fs-seal l.tsv > L.tsv; cp L.tsv L0.tsv; fs-seal --append L.tsv L.tsv; echo "exit $?"; cmp L.tsv L0.tsv && echo "as it was"; fs-seal --verify L.tsv ./L.tsv; echo "exit $?"
<<< l.tsv
a	b
1	2
>>> stdout
exit 2
as it was
exit 2
>>> stderr
fs-seal: L.tsv: the same file as L.tsv; a file is read once
fs-seal: L.tsv: nothing appended
fs-seal: ./L.tsv: the same file as L.tsv; a file is read once
fs-seal: of the 2 named, 1 intact, 0 broken, 1 not verified
