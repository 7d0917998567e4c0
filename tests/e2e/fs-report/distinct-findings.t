# fs-report takes two findings as one only when every column agrees:
# rows that differ only in severity, only in tool or only in entity are
# two findings each.
$ for f in sev tool ent; do fs-report --as-of 2026-01-01 $f.findings | grep 'findings:'; done
<<< sev.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	r.a	violation	village	V1	V1		d	s
fs-x	r.a	warning	village	V1	V1		d	s
<<< tool.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	r.a	violation	village	V1	V1		d	s
fs-y	r.a	violation	village	V1	V1		d	s
<<< ent.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-x	r.a	violation	village	V1	V1		d	s
fs-x	r.a	violation	secretary	V1	V1		d	s
>>> stdout
2 findings: 1 violation, 1 warning.
2 findings: 2 violations, 0 warnings.
2 findings: 2 violations, 0 warnings.
