# The rules file's escapes: a pattern is compiled decoded, and the offset
# of its error counts in the pattern as written, which the message quotes
# ('\\\\\\x{zz}' is \\\x{zz} decoded, whose bad 'z' is at 8 as written, 5
# decoded).  A rule's name goes into every finding and table as it is
# written, so a backslash in it is refused, as a comma is.
$ fs-audit conduct --rules bad.tsv --as-of 2026-04-01 c.tsv; echo "exit $?"; fs-audit conduct --rules name.tsv --as-of 2026-04-01 c.tsv; echo "exit $?"
<<< bad.tsv
rule	pattern	severity
bs	\\\\\\x{zz}	violation
<<< name.tsv
rule	pattern	severity
r\\x	foo	violation
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	foo
>>> stdout
exit 2
exit 2
>>> stderr
fs-audit: bad.tsv:2: column 'pattern': non-hex character in \x{} (closing brace missing?) at offset 8 (got '\\\\\\x{zz}')
fs-audit: name.tsv:2: column 'rule': a backslash in the name (it is written into every finding as it is) (got 'r\\x')
