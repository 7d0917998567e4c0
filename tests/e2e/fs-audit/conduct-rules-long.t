# A keyword rule's name may be 50 bytes: its finding's rule,
# audit.keyword.NAME, is then 64, which fs-check and fs-report take.
$ fs-audit conduct --rules r.tsv --findings --as-of 2026-04-01 c.tsv > c.findings; echo "exit $?"; cut -f 2 c.findings; fs-check --type findings c.findings
<<< r.tsv
rule	pattern	severity
nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn	fine	warning
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	yes	a fine meal
>>> stdout
exit 0
rule
audit.keyword.nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn
file	type	rows	invalid
c.findings	findings	1	0
