# The rules file is configuration: a bad row, a repeated rule name, a
# name too long for its finding's rule (audit.keyword.NAME, an id of 64
# bytes) or with a comma, a missing column or no such file is exit 2,
# even with --rejects.
$ for f in sev.tsv dup.tsv long.tsv comma.tsv col.tsv fields.tsv nosuch.tsv; do fs-audit conduct --rules $f --rejects rj.tsv --as-of 2026-04-01 c.tsv; echo "exit $?"; done
<<< sev.tsv
rule	pattern	severity
a	x	fatal
<<< dup.tsv
rule	pattern	severity
a	x	warning
b	y	warning
a	z	violation
<<< long.tsv
rule	pattern	severity
rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr	x	warning
<<< comma.tsv
rule	pattern	severity
a,b	x	warning
<<< col.tsv
rule	pattern
a	x
<<< fields.tsv
rule	pattern	severity
a	x
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	x
>>> stdout
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
exit 2
>>> stderr
fs-audit: sev.tsv:2: column 'severity': not one of: violation, warning (got 'fatal')
fs-audit: dup.tsv:4: the same rule as dup.tsv:2 (got 'a')
fs-audit: long.tsv:2: column 'rule': longer than 50 bytes (audit.keyword.NAME is an id of 64 at most) (got 'rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr')
fs-audit: comma.tsv:2: column 'rule': a comma in the name (the problems column lists rules with commas) (got 'a,b')
fs-audit: col.tsv: missing column 'severity'
fs-audit: fields.tsv:2: 2 fields where the header has 3
fs-audit: nosuch.tsv: No such file or directory
