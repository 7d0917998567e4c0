# --append LEDGER NEW seals NEW's rows onto the sealed ledger: the result
# is the ledger sealed whole, and it verifies.  From standard input too.
# Without new rows the ledger is left as it was.
$ fs-seal all.tsv > want.tsv; head -n 3 all.tsv | fs-seal > l.tsv; { head -n 1 all.tsv; sed -n 4p all.tsv; } > n1.tsv; fs-seal --append --as-of 2026-04-01 l.tsv n1.tsv && { head -n 1 all.tsv; sed -n 5p all.tsv; } | fs-seal --append --as-of 2026-04-01 l.tsv && cmp l.tsv want.tsv && fs-seal --verify l.tsv && head -n 1 all.tsv > n0.tsv && fs-seal --append l.tsv n0.tsv && cmp l.tsv want.tsv && ls -a | grep -c '^\.l\.tsv\.' ; tail -n 2 l.tsv
<<< all.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
2026-01-03	V01	300.00	third
2026-01-04	V01	400.00	fourth
>>> stdout
0
2026-01-03	V01	300.00	third	084640acdffbffaf88d84db07a4c368d45bd8cd1797e4f6bdef66f711bd346b4
2026-01-04	V01	400.00	fourth	b13c6bfca56c1f54c079e0d0896dd336efafb475ab82523302fa42042d693360
