# --rejects keeps every invalid record as read (escaped, one line each)
# after its source and reason, and goes on; exit 3.  Each leaves an
# empty line in its place, so that line N is still the spreadsheet's row N.
$ fs-import --rejects bad.tsv a.csv; echo "exit $?"; cat bad.tsv
<<< a.csv
name,village_id,note
张三,V01,ok
李四,V02
王五,V03,"a	b
c",extra
赵六,V04,ok
>>> stdout
name	village_id	note
张三	V01	ok


赵六	V04	ok
exit 3
source	reason	name,village_id,note
a.csv:3	2 fields where the header has 3	李四,V02
a.csv:4	4 fields where the header has 3	王五,V03,"a\tb\nc",extra
>>> stderr
fs-import: 2 invalid rows written to bad.tsv
