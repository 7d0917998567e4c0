# A bad pattern is exit 2 with PCRE2's message and offset, naming the
# rules file's line; nothing on stdout.
$ fs-audit conduct --rules rules.tsv --as-of 2026-04-01 c.tsv
<<< rules.tsv
rule	pattern	severity
good	红包	violation
bad	现金(礼	violation
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	x
>>> stderr
fs-audit: rules.tsv:3: column 'pattern': missing closing parenthesis at offset 10 (got '现金(礼')
>>> status 2
