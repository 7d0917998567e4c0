# A tool that fails stops the report, and the last line of the mail names
# the folder of the files it read (the tools name a file as given, here
# households.tsv).  A file missing is said plainly; nothing half made of
# the run is left in OUTPUT (the tools before it had written findings).
$ cp -R "$FS_TOP/examples/county" c; rm c/households.tsv; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null 2> err; echo "exit $?"; grep '^fs-households' err; grep -c 'fs-check --type' err; tail -n 1 err | sed "s|$PWD|DIR|"; ls out
>>> stdout
exit 2
fs-households: households.tsv: No such file or directory
0
daily-report: fs-households failed (exit 2) on the files in DIR/c; no report made
messages.txt
sealed
