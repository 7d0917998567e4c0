# Appends to one ledger at the same time wait for each other: twenty of
# them, a row each, all land, on an intact chain.
$ fs-seal f.tsv > l.tsv; i=0; while [ $i -lt 20 ]; do printf 'date\tvillage_id\tamount\tnote\n2026-02-01\tV01\t1.00\tn%d\n' $i | fs-seal --append --as-of 2026-04-01 l.tsv & i=$((i + 1)); done; wait; fs-seal --verify l.tsv && tail -n +3 l.tsv | cut -f 4 | sort -V | tr '\n' ' '; echo
<<< f.tsv
date	village_id	amount	note
2026-01-01	V01	100.00	first
>>> stdout
n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 
