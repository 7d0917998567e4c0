# The first file may name two columns alike ('name' and 'Name': the
# table keeps both); a later file with one of them, as written, fills
# that column and leaves the other empty.  Before, it was refused as a
# spelling of the other (fs-mask, fs-export, fs-import, fs-audit).  A
# third spelling (nAme) in a later file is still refused.
$ fs-mask a.tsv b.tsv; echo "exit $?"; { fs-export a.tsv b.tsv; echo "exit $?"; } | tr -d "\r"; tr '\t' , < a.tsv > a.csv; tr '\t' , < b.tsv > b.csv; fs-import a.csv b.csv; echo "exit $?"; fs-mask a.tsv c.tsv; echo "exit $?"
<<< a.tsv
name	Name	phone
张三	Z	13900139000
<<< b.tsv
Name	phone
L	13800138000
<<< c.tsv
nAme
W
>>> stdout
name	Name	phone
张三	Z	139****9000
	L	138****8000
exit 0
name,Name,phone
张三,Z,13900139000
,L,13800138000
exit 0
name	Name	phone
张三	Z	13900139000
	L	13800138000
exit 0
exit 2
>>> stderr
fs-mask: c.tsv: column 'nAme' is the table's 'name' but for a space around it or its case (names are matched as written: name it alike in every file)
