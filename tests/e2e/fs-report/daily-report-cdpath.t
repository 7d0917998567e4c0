# cd follows CDPATH: with another county's folder of the same name on it,
# 'cd county' went there (and said so on stdout, the mail's first line),
# and the report was of the other county's files (a roster of 19
# lines sealed, not this county's 23).  The job unsets it.
$ mkdir old; cp -R "$FS_TOP/examples/county" old/county; cp -R "$FS_TOP/examples/county" county; sed -i '2,5d' old/county/roster.tsv; CDPATH="$PWD/old" sh "$FS_TOP/examples/daily-report.sh" -d county -o out -a 2026-11-27 > mail.txt; echo "exit $?"; head -n 1 mail.txt; wc -l < out/sealed/roster.tsv
>>> stdout
exit 1
Compliance report as of 2026-11-27
23
