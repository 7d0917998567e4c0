# Empty lines and rows of empty fields (a spreadsheet's empty rows) are
# no rows (blank-rows.t); the line numbers count them (the bad row is on
# line 8).
$ fs-import a.csv
<<< a.csv

name,village_id

张三,V01
,
,,,

李四,V02,extra
>>> stderr
fs-import: a.csv:8: 3 fields where the header has 2
>>> status 2
