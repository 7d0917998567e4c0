# A regular file is read again for the table instead of going through the
# spool; the table must be byte for byte the one the spool gives (the same
# rows from a pipe).  The register has a BOM, CRLF on every other row,
# blank lines, and a row of 1.5 MB (longer than the 1 MB read at a time);
# b.tsv follows it as a second file, from a pipe or as a file, and b2.tsv
# is b.tsv with its columns in another order (so it is spooled).
$ awk -v n=40000 -v from=1 -v crlf=1 -v bom=1 -v long=20000 -f register.awk > a.tsv; awk -v n=3000 -v from=50000 -f register.awk > b.tsv; awk -F '\t' -v OFS='\t' 'NF { print $9, $1, $2, $3, $4, $5, $6, $7, $8 }' b.tsv > b2.tsv; for j in 1 2; do fs-households -j $j --as-of 2026-06-30 a.tsv > file.$j; cat a.tsv | fs-households -j $j --as-of 2026-06-30 > pipe.$j; fs-households -j $j --as-of 2026-06-30 a.tsv b.tsv > ab.$j; cat a.tsv | fs-households -j $j --as-of 2026-06-30 - b.tsv > pab.$j; cat b.tsv | fs-households -j $j --as-of 2026-06-30 a.tsv - > apb.$j; fs-households -j $j --as-of 2026-06-30 a.tsv b2.tsv > ab2.$j; done; for f in file.2 pipe.1 pipe.2; do cmp file.1 $f && echo "$f same"; done; for f in ab.2 pab.1 pab.2 apb.1 apb.2 ab2.1 ab2.2; do cmp ab.1 $f && echo "$f same"; done; wc -l < file.1; wc -l < ab.1; grep -c "$(printf '\r')" ab.1; awk -F '\t' 'NR > 1 { n[$11]++ } END { for (p in n) print n[p], p }' ab.1 | sort -k2
>>> stdout
file.2 same
pipe.1 same
pipe.2 same
ab.2 same
pab.1 same
pab.2 same
apb.1 same
apb.2 same
ab2.1 same
ab2.2 same
40001
43001
0
11298 
117 households.duplicate-person
191 households.duplicate-person,households.helper-overload
105 households.eligibility-review,households.duplicate-person,households.helper-overload
10339 households.eligibility-review,households.helper-overload
18032 households.helper-overload
2888 households.should-monitor
30 households.should-monitor,households.duplicate-person
