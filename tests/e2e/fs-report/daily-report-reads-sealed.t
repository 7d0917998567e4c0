# The tools read copies of DATA's files made when the run begins, the
# copies sealed into sealed/: a file changed between the seal and the
# check (an upload landing at 06:30, here a wrapper fs-roster that
# appends a posting to DATA's roster before it runs) is judged as it was
# sealed, so every finding has its row in sealed/.  Before, S99's
# findings came from a row sealed/ did not hold.  A finding's source is
# the line in DATA's file, empty lines and all (households.tsv with two
# empty lines after its header: line 12 is V02-H01's); no copy for the
# tools is left behind.
$ sh run.sh
<<< run.sh
cp -R "$FS_TOP/examples/county" c
awk 'NR == 1 { print; print ""; print ""; next } { print }' "$FS_TOP/examples/county/households.tsv" > c/households.tsv
mkdir wrap
real=$(command -v fs-roster)
printf '#!/bin/sh\nprintf "S99\\t王五\\t县民政局\\tV01\\t2026-01-01\\t2026-06-30\\t\\t\\t\\t\\t\\n" >> "%s/c/roster.tsv"\nexec "%s" "$@"\n' "$PWD" "$real" > wrap/fs-roster
chmod +x wrap/fs-roster
PATH=$PWD/wrap:$PATH sh "$FS_TOP/examples/daily-report.sh" -d c -o out -a 2026-11-27 > /dev/null; echo "exit $?"
grep -c S99 c/roster.tsv out/sealed/roster.tsv out/roster.findings
cut -f 9 out/roster.findings | sed -n 2p
grep -m 1 households.no-helper out/households.findings | cut -f 5,9; sed -n 12p c/households.tsv | cut -f 1
test -e out/.read || echo "no copies left"
>>> stdout
exit 1
c/roster.tsv:1
out/sealed/roster.tsv:0
out/roster.findings:0
roster.tsv:3
V02-H01	households.tsv:12
V02-H01
no copies left
