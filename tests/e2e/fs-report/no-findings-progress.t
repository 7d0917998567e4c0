# No finding and no --villages, with --progress: the villages of the
# progress file are the report's villages, listed in the summary by id.
$ fs-report --as-of 2026-11-27 --progress progress.tsv e.findings; fs-report --format markdown --as-of 2026-11-27 --progress progress.tsv e.findings
<<< e.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
>>> stdout
Compliance report as of 2026-11-27
==================================

Summary
-------

0 findings: 0 violations, 0 warnings.
3 villages: 0 with violations, 0 with warnings only, 3 without findings.

  village                                               violations  warnings
  Villages                                                       0         0
    V01                                                          0         0
    V03                                                          0         0
    V04                                                          0         0

Rectification progress
----------------------

  village                                   total  closed  overdue  closed%
  V01                                           2       2        0    100.0
  V03                                           3       1        0     33.3
  V04                                           2       1        1     50.0
# Compliance report as of 2026-11-27

## Summary

0 findings: **0 violations**, 0 warnings.
3 villages: 0 with violations, 0 with warnings only, 3 without findings.

| county | township | village | violations | warnings |
|:--|:--|:--|--:|--:|
| **Villages** |  |  | 0 | 0 |
| Villages |  | V01 | 0 | 0 |
| Villages |  | V03 | 0 | 0 |
| Villages |  | V04 | 0 | 0 |

## Rectification progress

| village | total | closed | overdue | closed % |
|:--|--:|--:|--:|--:|
| V01 | 2 | 2 | 0 | 100.0 |
| V03 | 3 | 1 | 0 | 33.3 |
| V04 | 2 | 1 | 1 | 50.0 |
