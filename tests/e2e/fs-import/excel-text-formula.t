# Excel's way to keep digits as text, ="110101199001011237" (an ID number
# that would lose its last digits as a number), is not CSV: it is said so
# by the column's name (the header's, in this file's order), with the sed
# that makes each a quoted field; a quote elsewhere in a field, past the
# header's columns or in the header is named by its place.
$ fs-import ids.csv; fs-import ok.csv ids.csv; sed 's/="\([^"]*\)"/"\1"/g' ids.csv | fs-import; printf 'a,b\n1,2,3"\n' | fs-import; printf 'a,b"\n' | fs-import
<<< ok.csv
id_number,name,phone
110101199001011237,李四,13900139000
<<< ids.csv
name,id_number,phone
张三,="110101199001011237",="013900139000"
>>> stdout
name	id_number	phone
张三	110101199001011237	013900139000
>>> stderr
fs-import: ids.csv:2: column 'id_number': ="...", Excel's way to keep digits as text, is not CSV (sed 's/="\([^"]*\)"/"\1"/g' makes each a quoted field)
fs-import: ids.csv:2: column 'id_number': ="...", Excel's way to keep digits as text, is not CSV (sed 's/="\([^"]*\)"/"\1"/g' makes each a quoted field)
fs-import: <stdin>:2: field 3 (the header has 2): a quote inside a field not in quotes (a field with a quote in it is put in quotes whole, the quote doubled)
fs-import: <stdin>:1: the header's field 2: a quote inside a field not in quotes (a field with a quote in it is put in quotes whole, the quote doubled)
>>> status 2
