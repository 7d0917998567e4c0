# A pattern that backtracks without end exceeds PCRE2's match limit on
# some text.  That is the rules file's fault, not the row's: an error of
# the rules file (exit 2, naming its file and line, PCRE2's message, the
# row and column met, and the pattern), with or without --rejects, and
# nothing on stdout.  The row is valid, and the run fails before it
# rejects one: no rejects file is made.
$ fs-audit conduct --rules rules.tsv --as-of 2026-04-01 c.tsv; echo "exit $?"; fs-audit conduct --rules rules.tsv --rejects rej.tsv --as-of 2026-04-01 c.tsv; echo "exit $?"; test -e rej.tsv || echo "no rejects file"
<<< rules.tsv
rule	pattern	severity
runaway	(a+)+$	violation
red-envelope	红包	violation
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	红包
2026-03-02	S1	meal	yes	aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab
>>> stdout
exit 2
exit 2
no rejects file
>>> stderr
fs-audit: rules.tsv:2: column 'pattern': match limit exceeded on c.tsv:3, column 'note' (got '(a+)+$')
fs-audit: rules.tsv:2: column 'pattern': match limit exceeded on c.tsv:3, column 'note' (got '(a+)+$')
