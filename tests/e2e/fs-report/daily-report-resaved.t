# A sealed ledger saved again on Windows (CRLF, a byte-order mark) still
# verifies, and the daily report still takes it for sealed: it verifies
# its seals (before, the header's last name read "seal\r" and the run
# stopped: "column 'seal' is there already").  A date that is not a day
# is refused before anything is made (before, 2026/11/03 made folders of
# the report's name, and 2026-11-3 ended in fs-seal's usage).
$ sh run.sh
<<< run.sh
cp -R "$FS_TOP/examples/county" c
{ printf '\357\273\277'; sed 's/$/\r/' c/funds.tsv; } > f && mv f c/funds.tsv
fs-seal --verify c/funds.tsv && echo intact
sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null; echo "exit $?"
grep -c funds out/messages.txt
for a in 2026/11/03 2026-11-3 2026-02-29 2026-13-01; do sh "$FS_TOP/examples/daily-report.sh" -d c -a $a; echo "exit $?"; done
ls -d report-* 2>/dev/null | wc -l
>>> stdout
intact
exit 1
0
exit 2
exit 2
exit 2
exit 2
0
>>> stderr
daily-report: -a: not a day, YYYY-MM-DD (got '2026/11/03'); no report made
daily-report: -a: not a day, YYYY-MM-DD (got '2026-11-3'); no report made
daily-report: -a: not a day, YYYY-MM-DD (got '2026-02-29'); no report made
daily-report: -a: not a day, YYYY-MM-DD (got '2026-13-01'); no report made
