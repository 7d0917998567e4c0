# A stream with no finding: a short report, exit 0.
$ fs-report --as-of 2026-11-27 empty.findings
<<< empty.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
>>> stdout
Compliance report as of 2026-11-27
==================================

Summary
-------

0 findings: 0 violations, 0 warnings.
