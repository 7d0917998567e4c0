# The places of the rows of a file read again (decisions-reread.t) are
# spooled like rows, their first megabyte in memory and the rest in
# TMPDIR: 250000 rows' places outgrow a megabyte, so a TMPDIR that cannot
# be had stops the run (exit 2, nothing on stdout), and with one the
# table is the one a pipe gives, with one thread and two.
$ awk 'BEGIN { OFS = "\t"; print "decision_id", "village_id", "stage", "date"; for (i = 1; i <= 250000; i++) print "D" i, "V01", i % 3 ? "proposal" : "review", "2026-01-05" }' > big.tsv; TMPDIR=nowhere fs-audit decisions --as-of 2026-03-01 big.tsv > out.tsv; echo "exit $?"; wc -c < out.tsv; for j in 1 2; do fs-audit decisions -j $j --as-of 2026-03-01 big.tsv > file.$j; echo "exit $?"; cat big.tsv | fs-audit decisions -j $j --as-of 2026-03-01 > pipe.$j; cmp file.$j pipe.$j && echo same; done; wc -l < file.1; sed -n '2p;$p' file.1
>>> stdout
exit 2
0
exit 1
same
exit 1
same
250001
D1	V01	proposal	2026-01-05	
D250000	V01	proposal	2026-01-05	
>>> stderr
fs-audit: nowhere: cannot make a temporary file: No such file or directory
