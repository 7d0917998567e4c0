# The field count in the message is in the singular for one field.
$ fs-import --rejects r.tsv a.csv b.csv; echo "exit $?"; sed 1d r.tsv
<<< a.csv
name,village_id
张三
李四,V02,x
<<< b.csv
name,village_id
王五,V03
>>> stdout
name	village_id
王五	V03
exit 3
a.csv:2	1 field where the header has 2	张三
a.csv:3	3 fields where the header has 2	李四,V02,x
>>> stderr
fs-import: 2 invalid rows written to r.tsv
