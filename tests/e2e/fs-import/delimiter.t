# -d ';' reads the semicolon-separated CSV of European spreadsheets;
# commas are then plain data.
$ fs-import -d ';' a.csv; fs-import --delimiter tab b.csv
<<< a.csv
name;amount;note
张三;1,50;"a; b"
<<< b.csv
name	amount
"李四	x"	2
>>> stdout
name	amount	note
张三	1,50	a; b
name	amount
李四\tx	2
