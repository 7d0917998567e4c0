# A tool that fails on a bad row: its message names the file and line,
# and a line says how to see every bad row of the file at once.
$ cp -R "$FS_TOP/examples/county" c; printf 'V01-H99\tV01\tbad\n' >> c/households.tsv; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null 2> err; echo "exit $?"; sed "s|$PWD|DIR|" err
>>> stdout
exit 2
fs-seal: households.tsv:162: 3 fields where the header has 14
daily-report: fs-check --type TYPE FILE lists every bad row of a file, and every column at fault in it
daily-report: fs-seal failed (exit 2) on the files in DIR/c; no report made
