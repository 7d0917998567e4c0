# After a break, a row that follows from the last row that followed is
# no break of its own: two rows added by hand make two breaks (the second
# added row has no seal either), the row after them none; an edit further
# on still shows.
$ fs-seal f.tsv > s.tsv; awk 'NR == 4 { print "2026-01-02\tV01\t50.00\tadded\t"; print "2026-01-02\tV01\t60.00\tadded\t" } { print }' s.tsv > two.tsv; sed '7s/400.00/400.01/' two.tsv > edit.tsv; for f in two edit; do fs-seal --verify --as-of 2026-04-01 $f.tsv; echo "$f: exit $?"; done
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
2026-01-02	V01	200.00	second
2026-01-03	V01	300.00	third
2026-01-04	V01	400.00	fourth
2026-01-05	V01	500.00	fifth
>>> stdout
two: exit 1
edit: exit 1
>>> stderr
fs-seal: two.tsv:4: the chain breaks here: no seal (a row added by hand? fs-seal --append seals new rows)
fs-seal: two.tsv: one more row breaks, at line 5, against the seal of the row before it
fs-seal: edit.tsv:4: the chain breaks here: no seal (a row added by hand? fs-seal --append seals new rows)
fs-seal: edit.tsv: 2 more rows break, from line 5 on, each against the seal of the row before it
