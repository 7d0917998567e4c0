# A run of examples/daily-report.sh that fails leaves no report of an
# earlier run of the day in its folder, to be mailed or read as today's.
$ cp -R "$FS_TOP/examples/county" c; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null; echo "exit $?"; printf 'S01\t2026-11-26\tnowhere\n' >> c/attendance.tsv; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null 2>&1; echo "exit $?"; ls out
>>> stdout
exit 1
exit 2
messages.txt
sealed
