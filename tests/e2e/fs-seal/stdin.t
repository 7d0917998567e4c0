# Standard input; a header-only ledger; a Chinese ledger.
$ fs-seal && printf 'a\tb\n' | fs-seal -
<<< -
日期	村	金额	摘要
2026-01-01	V01	100.00	上级拨付帮扶资金
>>> stdout
日期	村	金额	摘要	seal
2026-01-01	V01	100.00	上级拨付帮扶资金	172d2d501f430114cf4d7ce7dd82b1d3ec685e68bda0cc63446a7dbc32206868
a	b	seal
