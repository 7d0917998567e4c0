# RFC 4180 quoting: commas, doubled quotes, newlines and tabs inside quoted
# fields come out as TSV escapes; spaces are data; a backslash is doubled.
$ fs-import a.csv
<<< a.csv
name,amount,note
张三,12.50,"a, b"
"李""四",-3,"line one
line two	tabbed"
 王五 ,0,C:\村委会\账本
"",,"""quoted"""
"赵六","1,000.00","ends with a newline
"
>>> stdout
name	amount	note
张三	12.50	a, b
李"四	-3	line one\nline two\ttabbed
 王五 	0	C:\\村委会\\账本
		"quoted"
赵六	1,000.00	ends with a newline\n
