# A row of empty cells (tabs, perhaps spaces), as a spreadsheet leaves
# below its table, is said for what it is, whatever its field count; a
# tool that reads the rows says the same.
$ printf 'secretary_id\tdate\tstatus\nS1\t2026-03-02\tin_village\n\t\t\n\t\t\t\n \t \t \r\n\t\tx\n' > e.tsv; fs-check --type attendance --rejects rej.tsv e.tsv; cut -f 1,2 rej.tsv; fs-attendance --calendar none --as-of 2026-03-31 e.tsv; echo "exit $?"
>>> stdout
file	type	rows	invalid
e.tsv	attendance	5	4
source	reason
e.tsv:3	a row of empty cells (a spreadsheet left it? delete it)
e.tsv:4	a row of empty cells (a spreadsheet left it? delete it)
e.tsv:5	a row of empty cells (a spreadsheet left it? delete it)
e.tsv:6	column 'secretary_id': missing (got ''); column 'date': missing (got ''); column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'x')
exit 2
>>> stderr
fs-check: 4 invalid rows written to rej.tsv
fs-attendance: e.tsv:3: a row of empty cells (a spreadsheet left it? delete it)
