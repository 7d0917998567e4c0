# A tool that fails stops the report, and the last line of the mail names
# the folder of the files it read (the tools name a file as given, here
# households.tsv), after a line that says how to see every bad row.
$ cp -R "$FS_TOP/examples/county" c; rm c/households.tsv; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null 2> err; echo "exit $?"; grep '^fs-households' err; grep 'fs-check --type' err; tail -n 1 err | sed "s|$PWD|DIR|"
>>> stdout
exit 2
fs-households: households.tsv: No such file or directory
daily-report: fs-check --type TYPE FILE lists every bad row of a file, and every column at fault in it
daily-report: fs-households failed (exit 2) on the files in DIR/c; no report made
