# Markdown of a county: the summary tables, the progress table, then
# county, township and village headings with a findings table each.
$ fs-report --format markdown --as-of 2026-11-27 --villages villages.tsv --progress progress.tsv attendance.findings others.findings
>>> stdout
# Compliance report as of 2026-11-27

## Summary

9 findings: **6 violations**, 3 warnings.
6 villages: 4 with violations, 1 with warnings only, 1 without findings.

| rule | violations | warnings |
|:--|--:|--:|
| attendance.min-ratio | 1 | 0 |
| attendance.sending-unit-work | 1 | 0 |
| attendance.unrecorded | 0 | 1 |
| audit.gift | 1 | 0 |
| funds.idle | 0 | 1 |
| households.helper-overload | 0 | 1 |
| rectify.overdue | 1 | 0 |
| roster.no-mentor | 1 | 0 |
| seal.broken | 1 | 0 |
| **total** | 6 | 3 |

| county | township | village | violations | warnings |
|:--|:--|:--|--:|--:|
| **青山县** |  |  | 4 | 2 |
| 青山县 | **东岭镇** |  | 1 | 1 |
| 青山县 | 东岭镇 | V01 石门村 | 0 | 0 |
| 青山县 | 东岭镇 | V02 河口村 | 1 | 1 |
| 青山县 | **南河乡** |  | 3 | 1 |
| 青山县 | 南河乡 | V03 柳树湾村 | 0 | 1 |
| 青山县 | 南河乡 | V04 上坪村 | 1 | 0 |
| 青山县 | 南河乡 | V05 Xinhua Village of the Upper Qingshui River Valley Reservoir Area | 2 | 0 |
| **(unnamed county)** |  |  | 1 | 0 |
| (unnamed county) |  | V99 (not in villages.tsv) | 1 | 0 |
|  |  | (no village) | 1 | 1 |

## Rectification progress

| village | total | closed | overdue | closed % |
|:--|--:|--:|--:|--:|
| V01 石门村 | 2 | 2 | 0 | 100.0 |
| V03 柳树湾村 | 3 | 1 | 0 | 33.3 |
| V04 上坪村 | 2 | 1 | 1 | 50.0 |

## 青山县

### 东岭镇

#### V02 河口村

1 violation, 1 warning.

| severity | rule | entity | entity_id | period | detail | source |
|:--|:--|:--|:--|:--|:--|:--|
| **violation** | roster.no-mentor | secretary | S02 |  | serving in V02 with no mentor\_id (township committee member assigned one-to-one) | roster.tsv:3 |
| warning | attendance.unrecorded | secretary | S02 | 2026 | no record for 6 of 224 working days so far |  |

### 南河乡

#### V03 柳树湾村

0 violations, 1 warning.

| severity | rule | entity | entity_id | period | detail | source |
|:--|:--|:--|:--|:--|:--|:--|
| warning | funds.idle | village | V03 | 2025-04-12 | support: 4000.00 held unspent since 2025-04-12, 594 days (more than 365) |  |

#### V04 上坪村

1 violation, 0 warnings.

| severity | rule | entity | entity_id | period | detail | source |
|:--|:--|:--|:--|:--|:--|:--|
| **violation** | rectify.overdue | item | R-V04-02 | 2026-10-31 | deadline 2026-10-31 passed 27 days ago; not closed | rectify.tsv:9 |

#### V05 Xinhua Village of the Upper Qingshui River Valley Reservoir Area

2 violations, 0 warnings.

| severity | rule | entity | entity_id | period | detail | source |
|:--|:--|:--|:--|:--|:--|:--|
| **violation** | attendance.min-ratio | secretary | S05 | 2026 | in village 132 of 224 working days so far (0.5893); 166 required of 248, at most 156 still possible |  |
| **violation** | attendance.sending-unit-work | secretary | S05 | 2026 | 86 working days doing work for the sending unit |  |

## (unnamed county)

#### V99 (not in villages.tsv)

1 violation, 0 warnings.

| severity | rule | entity | entity_id | period | detail | source |
|:--|:--|:--|:--|:--|:--|:--|
| **violation** | audit.gift | secretary | S09 | 2026-06-03 | gift not returned (settled: no, amount 200.00) | conduct.tsv:7 |

## Not tied to a village

| severity | rule | entity | entity_id | period | detail | source |
|:--|:--|:--|:--|:--|:--|:--|
| **violation** | seal.broken | ledger | rectify.tsv |  | the chain breaks at line 28: seal does not match (a row edited, inserted, deleted or moved) | rectify.tsv:28 |
| warning | households.helper-overload | helper | H0901 |  | linked to 6 poor or monitored households, more than 5 |  |
>>> status 1
