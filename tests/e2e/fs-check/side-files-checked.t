# A policy file and a rules file are checked as the tools read them, so
# that fs-check passes what the tools take: an unknown key, a ratio
# above 1 and a value that is no count are invalid policy rows (before,
# fs-check passed them and every tool refused the file); a pattern that
# does not compile and a rule named with a comma are invalid rules rows.
# Every invalid row is said, not only the first, as for any type.
$ fs-check --type policy p.tsv; echo "exit $?"; fs-policy --policy p.tsv; echo "exit $?"; fs-check --type rules r.tsv; echo "exit $?"; fs-check --type policy good.tsv; echo "exit $?"
<<< p.tsv
key	value
foo.bar	1
attendance.min_ratio	3/2
roster.min_term_months	abc
funds.idle_days	90
<<< r.tsv
rule	pattern	severity
cash	(unclosed	warning
fine	红包|礼金	violation
a,b	x	warning
<<< good.tsv
key	value
attendance.min_ratio	0.7
funds.min_annual_support	20000
>>> stdout
exit 2
exit 2
exit 2
file	type	rows	invalid
good.tsv	policy	2	0
exit 0
>>> stderr
fs-check: p.tsv:2: column 'key': unknown key (got 'foo.bar')
fs-check: p.tsv:3: column 'value': ratio above 1 for attendance.min_ratio (got '3/2')
fs-check: p.tsv:4: column 'value': not a count (digits) for roster.min_term_months (got 'abc')
fs-policy: p.tsv:2: column 'key': unknown key (got 'foo.bar')
fs-check: r.tsv:2: column 'pattern': missing closing parenthesis at offset 9 (got '(unclosed')
fs-check: r.tsv:4: column 'rule': a comma in the name (the problems column lists rules with commas) (got 'a,b')
