# --verify hashes a file's rows two at a time, each against the seal
# written before it (the first row alone, against the header's): in
# ledgers of 1 to 6 rows, every row edited in turn (its text, its seal
# kept) is found at its line, whether it is hashed first or second of a
# pair or alone at the end, by one thread or three; each intact ledger
# passes.
$ for n in 1 2 3 4 5 6; do awk -v n=$n 'BEGIN { print "k\tv"; for (i = 1; i <= n; i++) print i "\tx" }' > p.tsv; fs-seal p.tsv > s.tsv; fs-seal --verify s.tsv && echo "$n rows: intact"; k=1; while [ $k -le $n ]; do sed "$((k + 1))s/x/y/" s.tsv > e.tsv; for j in 1 3; do fs-seal --verify -j $j e.tsv 2> err; echo "$n rows, row $k edited, -j $j: exit $?, $(cut -d ' ' -f 2 err)"; done; k=$((k + 1)); done; done
>>> stdout
1 rows: intact
1 rows, row 1 edited, -j 1: exit 1, e.tsv:2:
1 rows, row 1 edited, -j 3: exit 1, e.tsv:2:
2 rows: intact
2 rows, row 1 edited, -j 1: exit 1, e.tsv:2:
2 rows, row 1 edited, -j 3: exit 1, e.tsv:2:
2 rows, row 2 edited, -j 1: exit 1, e.tsv:3:
2 rows, row 2 edited, -j 3: exit 1, e.tsv:3:
3 rows: intact
3 rows, row 1 edited, -j 1: exit 1, e.tsv:2:
3 rows, row 1 edited, -j 3: exit 1, e.tsv:2:
3 rows, row 2 edited, -j 1: exit 1, e.tsv:3:
3 rows, row 2 edited, -j 3: exit 1, e.tsv:3:
3 rows, row 3 edited, -j 1: exit 1, e.tsv:4:
3 rows, row 3 edited, -j 3: exit 1, e.tsv:4:
4 rows: intact
4 rows, row 1 edited, -j 1: exit 1, e.tsv:2:
4 rows, row 1 edited, -j 3: exit 1, e.tsv:2:
4 rows, row 2 edited, -j 1: exit 1, e.tsv:3:
4 rows, row 2 edited, -j 3: exit 1, e.tsv:3:
4 rows, row 3 edited, -j 1: exit 1, e.tsv:4:
4 rows, row 3 edited, -j 3: exit 1, e.tsv:4:
4 rows, row 4 edited, -j 1: exit 1, e.tsv:5:
4 rows, row 4 edited, -j 3: exit 1, e.tsv:5:
5 rows: intact
5 rows, row 1 edited, -j 1: exit 1, e.tsv:2:
5 rows, row 1 edited, -j 3: exit 1, e.tsv:2:
5 rows, row 2 edited, -j 1: exit 1, e.tsv:3:
5 rows, row 2 edited, -j 3: exit 1, e.tsv:3:
5 rows, row 3 edited, -j 1: exit 1, e.tsv:4:
5 rows, row 3 edited, -j 3: exit 1, e.tsv:4:
5 rows, row 4 edited, -j 1: exit 1, e.tsv:5:
5 rows, row 4 edited, -j 3: exit 1, e.tsv:5:
5 rows, row 5 edited, -j 1: exit 1, e.tsv:6:
5 rows, row 5 edited, -j 3: exit 1, e.tsv:6:
6 rows: intact
6 rows, row 1 edited, -j 1: exit 1, e.tsv:2:
6 rows, row 1 edited, -j 3: exit 1, e.tsv:2:
6 rows, row 2 edited, -j 1: exit 1, e.tsv:3:
6 rows, row 2 edited, -j 3: exit 1, e.tsv:3:
6 rows, row 3 edited, -j 1: exit 1, e.tsv:4:
6 rows, row 3 edited, -j 3: exit 1, e.tsv:4:
6 rows, row 4 edited, -j 1: exit 1, e.tsv:5:
6 rows, row 4 edited, -j 3: exit 1, e.tsv:5:
6 rows, row 5 edited, -j 1: exit 1, e.tsv:6:
6 rows, row 5 edited, -j 3: exit 1, e.tsv:6:
6 rows, row 6 edited, -j 1: exit 1, e.tsv:7:
6 rows, row 6 edited, -j 3: exit 1, e.tsv:7:
