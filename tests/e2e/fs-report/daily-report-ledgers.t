# -s names the ledgers kept sealed.  funds.tsv edited, then its seal column
# cut off: with -s the job stops (exit 2, no report) and says why; without
# -s the file would be sealed anew as read, the edit unseen (exit 1 is the
# example county's own violations).  A name -s does not know is refused.
$ cp -R "$FS_TOP/examples/county" c; sed -i '5s/\t10000\.00\t/\t10000.01\t/' c/funds.tsv; awk -F '\t' 'BEGIN { OFS = "\t" } { NF--; print }' c/funds.tsv > f && mv f c/funds.tsv; sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 -s "funds.tsv rectify.tsv" > report.txt; echo "exit $?"; wc -c < report.txt; ls out; sh "$FS_TOP/examples/daily-report.sh" -d c -o out2 -a 2026-11-27 > /dev/null; echo "exit $?"; sh "$FS_TOP/examples/daily-report.sh" -d c -o out3 -a 2026-11-27 -s funds; echo "exit $?"
>>> stdout
exit 2
0
messages.txt
sealed
exit 1
exit 2
>>> stderr
daily-report: funds.tsv: no column 'seal', yet it is kept sealed (-s): its seals taken off, or their column renamed? Put back its last sealed copy (sealed/funds.tsv of a day's report) and seal the rows added since onto it (fs-seal --append)
daily-report: funds.tsv lost its seals; no report made
daily-report: -s: 'funds' is none of the county's files (roster.tsv attendance.tsv households.tsv funds.tsv rectify.tsv conduct.tsv decisions.tsv benefits.tsv cadres.tsv villages.tsv policy.tsv); no report made
