# A village the findings name but --villages does not is labelled with the
# file's name as given, and fs-report(1) shows that very label.
$ for f in villages.tsv ./villages.tsv; do fs-report --as-of 2026-11-27 --villages $f others.findings | sed -n 's/^ *\(V99 (not in [^)]*)\) .*/\1/p'; done; grep -cF 'V99 (not in villages.tsv)' "$FS_TOP/man/man1/fs-report.1"
>>> stdout
V99 (not in villages.tsv)
V99 (not in ./villages.tsv)
1
