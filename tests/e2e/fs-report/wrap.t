# Text fits 78 columns whatever the input: a long id is broken where the
# line is full, Chinese wraps where the line is full; a decoded tab or
# newline is a space (and stays escaped in --findings).
$ fs-report --as-of 2026-11-27 long.findings; fs-report --as-of 2026-11-27 long.findings | wc -L; fs-report --findings long.findings | cut -f8
<<< long.findings
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-audit	audit.keyword.a-long-keyword-rule-name-the-county-wrote-itself	warning	secretary	S0123456789012345678901234567890123456789012345678901234567890123	V01	2026-05-06	备注“在村民家吃饭未付餐费，村民送来购物卡一张、香烟两条、白酒四瓶和红包若干，均未退回，也没有向纪检部门报告”	conduct.tsv:12
fs-households	households.no-plan	violation	household	V01-H04	V01		line one\tand\na second line\\ with a backslash	households.tsv:5
>>> stdout
Compliance report as of 2026-11-27
==================================

Summary
-------

2 findings: 1 violation, 1 warning.
1 village: 1 with violations, 0 with warnings only, 0 without findings.

  rule                                                  violations  warnings
  audit.keyword.a-long-keyword-rule-name-the-county...           0         1
  households.no-plan                                             1         0
  total                                                          1         1

  village                                               violations  warnings
  Villages                                                       1         1
    V01                                                          1         1

Villages
========

V01: 1 violation, 1 warning

  violation  households.no-plan  household V01-H04
      line one and a second line\ with a backslash [households.tsv:5]
  warning    audit.keyword.a-long-keyword-rule-name-the-county-wrote-itself
      secretary
      S0123456789012345678901234567890123456789012345678901234567890123
      2026-05-06
      备注“在村民家吃饭未付餐费，村民送来购物卡一张、香烟两条、白酒四瓶和红包
      若干，均未退回，也没有向纪检部门报告” [conduct.tsv:12]
77
detail
备注“在村民家吃饭未付餐费，村民送来购物卡一张、香烟两条、白酒四瓶和红包若干，均未退回，也没有向纪检部门报告”
line one\tand\na second line\\ with a backslash
