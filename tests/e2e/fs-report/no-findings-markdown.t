# No finding, with --villages, in Markdown: no rule table (as in HTML), but
# the table by village lists every village of the file.
$ fs-report --format markdown --as-of 2026-01-01 --villages v.tsv e.findings
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
<<< v.tsv
village_id	name
V1	One
V2	Two
>>> stdout
# Compliance report as of 2026-01-01

## Summary

0 findings: **0 violations**, 0 warnings.
2 villages: 0 with violations, 0 with warnings only, 2 without findings.

| county | township | village | violations | warnings |
|:--|:--|:--|--:|--:|
| **Villages** |  |  | 0 | 0 |
| Villages |  | V1 One | 0 | 0 |
| Villages |  | V2 Two | 0 | 0 |
