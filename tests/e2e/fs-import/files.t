# Several files make one table when their headers agree; a file whose
# header differs stops the import.
$ fs-import a.csv b.csv; echo "exit $?"; fs-import a.csv c.csv
<<< a.csv
name,village_id
张三,V01
<<< b.csv
name,village_id
李四,V02
<<< c.csv
village_id,name
V03,王五
>>> stdout
name	village_id
张三	V01
李四	V02
exit 0
>>> stderr
fs-import: c.csv: header differs from that of a.csv
>>> status 2
