# A row with an empty seal (added by hand in a spreadsheet) is said as
# such, and --append named as the way to add rows.
$ fs-seal f.tsv > l.tsv; printf '2026-01-02\tV01\t50.00\t\n' >> l.tsv; fs-seal --verify l.tsv
<<< f.tsv
date	village_id	amount
2026-01-01	V01	100.00
>>> stderr
fs-seal: l.tsv:3: the chain breaks here: no seal (a row added by hand? fs-seal --append seals new rows)
>>> status 1
