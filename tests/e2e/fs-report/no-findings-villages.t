# No finding, with --villages: no rule table (as in HTML), but the table by
# village lists every village of the file, each with 0 and 0.
$ fs-report --as-of 2026-01-01 --villages v.tsv e.findings
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
<<< v.tsv
village_id	name
V1	One
V2	Two
>>> stdout
Compliance report as of 2026-01-01
==================================

Summary
-------

0 findings: 0 violations, 0 warnings.
2 villages: 0 with violations, 0 with warnings only, 2 without findings.

  village                                               violations  warnings
  Villages                                                       0         0
    V1 One                                                       0         0
    V2 Two                                                       0         0
