# Warnings alone: exit 0.
$ fs-report --as-of 2026-11-27 warn.findings
<<< warn.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-behind	warning	secretary	S06	V06	2026	support in 5000.00 of 9068.49 due by now	funds.tsv:12
>>> stdout
Compliance report as of 2026-11-27
==================================

Summary
-------

1 finding: 0 violations, 1 warning.
1 village: 0 with violations, 1 with warnings only, 0 without findings.

  rule                                                  violations  warnings
  funds.support-behind                                           0         1
  total                                                          0         1

  village                                               violations  warnings
  Villages                                                       0         1
    V06                                                          0         1

Villages
========

V06: 0 violations, 1 warning

  warning    funds.support-behind  secretary S06  2026
      support in 5000.00 of 9068.49 due by now [funds.tsv:12]
