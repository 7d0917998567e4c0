# Without --villages, villages are listed by id, sorted, under one unnamed
# county headed Villages; findings without a village come last.
$ fs-report --as-of 2026-11-27 others.findings attendance.findings
>>> stdout
Compliance report as of 2026-11-27
==================================

Summary
-------

9 findings: 6 violations, 3 warnings.
5 villages: 4 with violations, 1 with warnings only, 0 without findings.

  rule                                                  violations  warnings
  attendance.min-ratio                                           1         0
  attendance.sending-unit-work                                   1         0
  attendance.unrecorded                                          0         1
  audit.gift                                                     1         0
  funds.idle                                                     0         1
  households.helper-overload                                     0         1
  rectify.overdue                                                1         0
  roster.no-mentor                                               1         0
  seal.broken                                                    1         0
  total                                                          6         3

  village                                               violations  warnings
  Villages                                                       5         2
    V02                                                          1         1
    V03                                                          0         1
    V04                                                          1         0
    V05                                                          2         0
    V99                                                          1         0
  (no village)                                                   1         1

Villages
========

V02: 1 violation, 1 warning

  violation  roster.no-mentor  secretary S02
      serving in V02 with no mentor_id (township committee member assigned
      one-to-one) [roster.tsv:3]
  warning    attendance.unrecorded  secretary S02  2026
      no record for 6 of 224 working days so far

V03: 0 violations, 1 warning

  warning    funds.idle  village V03  2025-04-12
      support: 4000.00 held unspent since 2025-04-12, 594 days (more than 365)

V04: 1 violation, 0 warnings

  violation  rectify.overdue  item R-V04-02  2026-10-31
      deadline 2026-10-31 passed 27 days ago; not closed [rectify.tsv:9]

V05: 2 violations, 0 warnings

  violation  attendance.min-ratio  secretary S05  2026
      in village 132 of 224 working days so far (0.5893); 166 required of 248,
      at most 156 still possible
  violation  attendance.sending-unit-work  secretary S05  2026
      86 working days doing work for the sending unit

V99: 1 violation, 0 warnings

  violation  audit.gift  secretary S09  2026-06-03
      gift not returned (settled: no, amount 200.00) [conduct.tsv:7]

Not tied to a village
=====================

  violation  seal.broken  ledger rectify.tsv
      the chain breaks at line 28: seal does not match (a row edited,
      inserted, deleted or moved) [rectify.tsv:28]
  warning    households.helper-overload  helper H0901
      linked to 6 poor or monitored households, more than 5
>>> status 1
