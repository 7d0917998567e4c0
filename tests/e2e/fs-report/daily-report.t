# The cron job on the example county (examples/daily-report.sh, what make
# demo runs): exit 1 for the violations; the mail begins with report.txt;
# a findings stream per tool and ledger, the HTML page with both charts, a
# sealed copy of every input; the broken seal of rectify.tsv is reported;
# and the county makes every rule of every tool fire.
$ sh "$FS_TOP/examples/daily-report.sh" -d "$FS_TOP/examples/county" -o out -a 2026-11-27 > mail.txt; echo "exit $?"; head -n "$(wc -l < out/report.txt)" mail.txt | cmp - out/report.txt && echo "mail: the text report"; ls out/*.findings | sed 's,.*/,,'; grep -c '<svg id="chart-' out/report.html; ls out/sealed | wc -l; grep -h seal.broken out/*.findings | cut -f2,3,5,9; sed -n '/^  rule /,/^  total /p' out/report.txt
>>> stdout
exit 1
mail: the text report
attendance.findings
benefits.findings
conduct.findings
decisions.findings
funds.findings
households.findings
rectify.findings
roster.findings
seal-funds.findings
seal-rectify.findings
2
11
seal.broken	violation	rectify.tsv	rectify.tsv:28
  rule                                                  violations  warnings
  attendance.future-record                                       2         0
  attendance.leave-excess                                        1         0
  attendance.long-absence                                        2         0
  attendance.min-days                                            1         0
  attendance.min-ratio                                           2         1
  attendance.sending-unit-work                                   1         0
  attendance.unknown-secretary                                   0         1
  attendance.unrecorded                                          0         2
  audit.duplicate-benefit                                        2         0
  audit.forbidden                                                1         0
  audit.gift                                                     1         0
  audit.granted-before-notice-end                                1         0
  audit.keyword.red-envelope                                     1         0
  audit.keyword.shopping-card                                    1         0
  audit.missing-stage                                            1         0
  audit.no-vote-record                                           0         1
  audit.not-passed                                               1         0
  audit.notice-short                                             1         0
  audit.quorum                                                   1         0
  audit.reimbursement                                            1         0
  audit.relative-not-filed                                       3         0
  audit.relative-undeclared                                      2         0
  audit.result-not-public                                        1         1
  audit.stage-order                                              1         0
  audit.unpaid-meal                                              1         0
  funds.benefit-untraced                                         1         0
  funds.idle                                                     0         1
  funds.overspend                                                1         0
  funds.subsidy-missing                                          0         1
  funds.support-behind                                           0         1
  funds.support-short                                            1         0
  funds.unknown-household                                        1         0
  households.duplicate-person                                    2         0
  households.eligibility-review                                  0         1
  households.helper-overload                                     0         1
  households.lifted-below-line                                   1         0
  households.lifted-unguaranteed                                 1         0
  households.no-helper                                           1         0
  households.no-plan                                             1         0
  households.should-monitor                                      0         3
  rectify.closed-late                                            0         1
  rectify.date-order                                             1         0
  rectify.due-soon                                               0         1
  rectify.incomplete                                             1         0
  rectify.overdue                                                3         0
  rectify.unverified                                             1         0
  roster.double-posting                                          1         0
  roster.medical-exam                                            0         1
  roster.no-mentor                                               1         0
  roster.term-length                                             0         2
  roster.uninsured                                               1         0
  roster.village-overlap                                         1         0
  seal.broken                                                    1         0
  total                                                         50        19
