# --rejects with no temporary file to be had (TMPDIR missing): exit 2
# with the reason, no crash, and the rejects file left as it was.
$ echo kept > rj.tsv; TMPDIR=/nonexistent fs-check -t attendance --rejects rj.tsv a.tsv; echo "exit $?"; cat rj.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
>>> stdout
exit 2
kept
>>> stderr
fs-check: /nonexistent: cannot make a temporary file: No such file or directory
