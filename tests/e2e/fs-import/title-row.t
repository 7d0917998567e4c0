# A title row above the header (one cell filled, the others empty, as a
# spreadsheet's merged title is saved) followed by a record with every
# cell filled is said to be a title to delete, not "columns 2 and 3 have
# no name" (which told the clerk to delete real columns); blank rows
# between them do not matter.  Empty names and a next record with empty
# cells, or no next record, or one that cannot be read (a quote in it),
# are said as before.
$ fs-import title.csv; printf '考勤表,,2026年1月,,\r\n,,,,\r\n\r\nsecretary_id,date,status,note,x\r\n' | fs-import; printf 'secretary_id,date,status,,\r\nS1,2026-01-05,in_village,,\r\n' | fs-import; printf '2026年1月考勤表,,\r\n' | fs-import; printf 'x,,\r\n12,5" pipe,y\r\n' | fs-import; echo "exit $?"
<<< title.csv
2026年1月考勤表,,
secretary_id,date,status
S01,2026-01-05,in_village
>>> stdout
exit 2
>>> stderr
fs-import: title.csv: line 1 looks like a title above the header: delete it
fs-import: <stdin>: line 1 looks like a title above the header: delete it
fs-import: <stdin>: columns 4 and 5 have no name (empty columns a spreadsheet left?)
fs-import: <stdin>: columns 2 and 3 have no name (empty columns a spreadsheet left?)
fs-import: <stdin>: columns 2 and 3 have no name (empty columns a spreadsheet left?)
