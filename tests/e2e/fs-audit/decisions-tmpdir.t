# The table's rows are spooled in TMPDIR; a spool that cannot be made is
# an error (exit 2, nothing on stdout).  --findings needs no spool.
$ TMPDIR=nowhere fs-audit decisions --as-of 2026-03-01 d.tsv; echo "exit $?"; TMPDIR=nowhere fs-audit decisions --findings --as-of 2026-03-01 d.tsv
<<< d.tsv
decision_id	village_id	stage	date
D1	V01	proposal	2026-01-05
>>> stdout
exit 2
tool	rule	severity	entity	entity_id	village_id	period	detail	source
>>> stderr
fs-audit: nowhere: cannot make a temporary file: No such file or directory
