# A standard stream closed when the tool starts stays closed: writing the
# report to a closed stdout, or reading a closed stdin, is an error
# (exit 2), never a temporary file or the rules file taking its place.
$ fs-audit decisions --as-of 2026-01-02 d.tsv >&-; echo "exit $?"; fs-audit conduct --as-of 2026-01-02 <&-; echo "exit $?"
<<< d.tsv
decision_id	village_id	stage	date
D1	V1	proposal	2026-01-01
>>> stdout
exit 2
exit 2
>>> stderr
fs-audit: <stdout>: Bad file descriptor
fs-audit: <stdin>: Bad file descriptor
