# The day's file's header must be the ledger's without its seal column,
# byte for byte (its rows are sealed as they are written), and what
# differs is said: the columns in another order (fs-check passes such a
# file: columns are found by name), one missing, one more; the same
# names but one with a byte-order mark of its own.  Nothing is appended.
$ printf 'date\tamount\tnote\n2026-01-01\t10.00\tx\n' | fs-seal > L.tsv; cp L.tsv L0.tsv; printf 'amount\tdate\tnote\n20.00\t2026-01-02\ty\n' > n1.tsv; printf 'date\tamount\n2026-01-02\t20.00\n' > n2.tsv; printf 'date\tamount\tnote\tmore\n2026-01-02\t20.00\ty\tz\n' > n3.tsv; printf '\357\273\277\357\273\277date\tamount\tnote\n2026-01-02\t20.00\ty\n' > n4.tsv; for n in n1 n2 n3 n4; do fs-seal --append L.tsv $n.tsv; echo "exit $?"; done; cmp L.tsv L0.tsv && echo unchanged
>>> stdout
exit 2
exit 2
exit 2
exit 2
unchanged
>>> stderr
fs-seal: n1.tsv: the columns of L.tsv in another order: put them in the ledger's (its rows are sealed as they are written)
fs-seal: L.tsv: nothing appended
fs-seal: n2.tsv: no column 'note', which L.tsv has (its rows must have the ledger's columns)
fs-seal: L.tsv: nothing appended
fs-seal: n3.tsv: column 'more' is not L.tsv's (its rows must have the ledger's columns)
fs-seal: L.tsv: nothing appended
fs-seal: n4.tsv: no column 'date', which L.tsv has (its rows must have the ledger's columns) (the header has 'date' with a space or a byte-order mark around it)
fs-seal: L.tsv: nothing appended
