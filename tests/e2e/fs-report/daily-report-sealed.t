# sealed/ keeps the day's first copy of every input: a later run into the
# same folder, after a file changed, keeps its own copy beside the first
# (attendance.tsv.2) and says so in messages.txt; a run after that, on
# the same files, adds nothing.  The report is made anew each time.
$ cp -R "$FS_TOP/examples/county" c; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null; echo "exit $?"; cp out/sealed/attendance.tsv first.tsv; printf 'S01\t2026-11-26\tin_village\t\n' >> c/attendance.tsv; for i in 2 3; do sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null; echo "exit $?"; ls out/sealed | grep -c .; grep 'changed since' out/messages.txt; done; cmp first.tsv out/sealed/attendance.tsv && fs-seal --verify out/sealed/attendance.tsv.2 && tail -n 1 out/sealed/attendance.tsv.2 | cut -f 1-3
>>> stdout
exit 1
exit 1
12
daily-report: attendance.tsv changed since the day's earlier run: its copies are sealed/attendance.tsv and sealed/attendance.tsv.2
exit 1
12
S01	2026-11-26	in_village
