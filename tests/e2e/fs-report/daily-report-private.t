# The sealed copy of a file kept private (households.tsv 0600, with its
# ID numbers) is as private as it (before, 0644 under umask 022); the
# copies the tools read keep the files' permissions too.  A bad value in
# policy.tsv is named in DATA, the file to mend, not in the copy the
# run removes.
$ sh run.sh 2>&1 | sed "s#$PWD#DIR#g"
<<< run.sh
umask 022
cp -R "$FS_TOP/examples/county" c
chmod 600 c/households.tsv
sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null 2>&1
stat -c '%a %n' out/sealed/households.tsv out/sealed/roster.tsv
printf 'attendance.min_ratio\tabc\n' >> c/policy.tsv
sh "$FS_TOP/examples/daily-report.sh" -d c -o out2 -a 2026-11-27 > /dev/null 2> e; echo "exit $?"
head -n 1 e
>>> stdout
600 out/sealed/households.tsv
644 out/sealed/roster.tsv
exit 2
fs-seal: DIR/c/policy.tsv:4: column 'value': not a ratio (N/D or a decimal) for attendance.min_ratio (got 'abc')
