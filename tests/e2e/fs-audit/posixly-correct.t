# With POSIXLY_CORRECT in the environment getopt stops at the first
# operand, the subcommand: the options after it are still options, not
# files ('fs-audit: --as-of: No such file or directory' before).  A "--"
# ends them as ever: after it, '-d.tsv' is a file.
$ cp d.tsv ./-d.tsv; POSIXLY_CORRECT=1 fs-audit decisions --as-of 2026-03-01 --findings d.tsv; echo "exit $?"; POSIXLY_CORRECT=1 fs-audit --as-of 2026-03-01 decisions --findings -- -d.tsv | wc -l; fs-audit decisions --as-of 2026-03-01 --findings -- -d.tsv | wc -l
<<< d.tsv
decision_id	village_id	stage	date	eligible	attendees	votes_for
M1	V01	proposal	2026-01-05			
M1	V01	review	2026-01-10			
>>> stdout
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.missing-stage	violation	decision	M1	V01		consultation absent while review is present	d.tsv:3
exit 1
2
2
