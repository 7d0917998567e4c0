# --append given new rows that were sealed already (fs-seal run on them
# by mistake): NEW's 'seal' column is said as such, not as a column the
# ledger lacks ("column 'seal' is not led.tsv's" was false: the ledger
# has one); nothing appended.
$ fs-seal l.tsv > led.tsv; fs-seal n.tsv > n-sealed.tsv; cp led.tsv before.tsv; fs-seal --append led.tsv n-sealed.tsv; echo "exit $?"; cmp led.tsv before.tsv && echo "ledger as it was"
<<< l.tsv
a	b
1	2
<<< n.tsv
a	b
3	4
>>> stdout
exit 2
ledger as it was
>>> stderr
fs-seal: n-sealed.tsv: it has a column 'seal' already (its rows sealed already? give --append the rows without their seals)
fs-seal: led.tsv: nothing appended
