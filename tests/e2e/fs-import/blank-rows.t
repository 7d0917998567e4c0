# A spreadsheet's blank rows (records of empty fields, empty lines) are
# written as empty lines, which the tools skip and count: line N of the
# TSV is row N of the spreadsheet, and a tool's message names the row a
# clerk finds there (the bad amount is on the CSV's row 5; the blank row
# 3 was dropped and the tool said 4).  Those before the header are
# written too; those after the last row written are not.  fs-mask,
# fs-export and fs-seal skip the empty lines, without a word.
$ fs-import ledger.csv | fs-funds --as-of 2026-12-31; echo "exit $?"; fs-import blank.csv | sed 's/^$/(empty)/'; fs-import blank.csv | fs-mask --mask name | sed 's/^$/(empty)/'; fs-import blank.csv | fs-export | tr -d "\r"; fs-import blank.csv | fs-seal | cut -f 1,2
<<< ledger.csv
date,village_id,category,flow,amount,secretary_id
2026-01-05,V1,support,in,5000.00,S01
,,,,,
2026-03-01,V1,living_subsidy,in,800.00,S01
2026-03-01,V1,support,in,"1,200.00",S01
<<< blank.csv
,

name,village_id
张三,V1
"",""

李四,V2
,
,,

>>> stdout
exit 2
(empty)
(empty)
name	village_id
张三	V1
(empty)
(empty)
李四	V2
name	village_id
张*	V1
李*	V2
name,village_id
张三,V1
李四,V2
name	village_id
张三	V1
李四	V2
>>> stderr
fs-funds: <stdin>:5: column 'amount': not an amount (yuan, like 1234.50, no thousands separators) (got '1,200.00')
