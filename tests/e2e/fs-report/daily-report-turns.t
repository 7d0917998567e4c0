# examples/daily-report.sh reads and seals only the county's files: a
# stray TSV in the folder (a funds rejects file, whose header names source
# twice) is left alone.  Two runs into one folder at once take turns
# (flock): both end with the whole report, the same.
$ cp -R "$FS_TOP/examples/county" c; printf 'source\treason\tdate\tsource\nfunds.tsv:9\tbad\tx\ty\n' > c/funds.rejects.tsv; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > a.txt 2> a.err & sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > b.txt 2> b.err; echo "b: exit $?"; wait $!; echo "a: exit $?"; cmp a.txt b.txt && echo same; cat a.err b.err; grep -c '' out/sealed/funds.rejects.tsv 2>&1 | sed 's/.*No such.*/not sealed/'; grep '^[0-9]* findings' a.txt
>>> stdout
b: exit 1
a: exit 1
same
not sealed
69 findings: 50 violations, 19 warnings.
>>> requires flock
