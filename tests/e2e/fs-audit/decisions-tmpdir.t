# The table's rows are spooled: their first megabyte in memory, the rest
# in TMPDIR.  A small input needs no temporary file, so a TMPDIR that
# cannot be had does not matter; past a megabyte it is an error (exit 2,
# nothing on stdout) that names TMPDIR.  A named file is read again for
# the table (decisions-reread.t): only where its rows are is spooled,
# about 6 bytes a row, so the same 30000 rows need no temporary file.
# --findings needs no spool.
$ TMPDIR=nowhere fs-audit decisions --as-of 2026-03-01 d.tsv; echo "exit $?"; awk 'BEGIN { OFS = "\t"; print "decision_id", "village_id", "stage", "date", "note"; for (i = 1; i <= 30000; i++) print "D" i, "V01", "proposal", "2026-01-05", "a note of some forty bytes, to be kept" }' > big.tsv; cat big.tsv | TMPDIR=nowhere fs-audit decisions --as-of 2026-03-01 > out.tsv; echo "exit $?"; wc -c < out.tsv; TMPDIR=nowhere fs-audit decisions --as-of 2026-03-01 big.tsv > out.tsv; echo "exit $?"; wc -l < out.tsv; TMPDIR=nowhere fs-audit decisions --findings --as-of 2026-03-01 big.tsv; echo "exit $?"
<<< d.tsv
decision_id	village_id	stage	date
D1	V01	proposal	2026-01-05
>>> stdout
decision_id	village_id	stage	date	problems
D1	V01	proposal	2026-01-05	
exit 0
exit 2
0
exit 0
30001
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 0
>>> stderr
fs-audit: nowhere: cannot make a temporary file: No such file or directory
