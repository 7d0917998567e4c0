# Several files make one table when they have the same columns, in any
# order: a later file's records come out in the first file's column
# order, and an invalid one goes to the rejects file as read.  A file
# with a column missing, another one, or one more stops the import.
$ fs-import a.csv b.csv c.csv; echo "exit $?"; fs-import --rejects rj.tsv a.csv h.csv; echo "exit $?"; cat rj.tsv; for f in d e f; do fs-import a.csv $f.csv; echo "exit $?"; done
<<< a.csv
name,village_id,note
张三,V01,a
<<< b.csv
name,village_id,note
李四,V02,b
<<< c.csv
village_id,note,name
V03,"c, quoted",王五
<<< h.csv
village_id,note,name
V04,d
V05,"e",周九
<<< d.csv
village_id,name
V05,赵六
<<< e.csv
village_id,nom,note
V06,钱七,e
<<< f.csv
village_id,name,note,extra
V07,孙八,f,x
>>> stdout
name	village_id	note
张三	V01	a
李四	V02	b
王五	V03	c, quoted
exit 0
name	village_id	note
张三	V01	a
周九	V05	e
exit 3
source	reason	name,village_id,note
h.csv:2	2 fields where the header has 3	V04,d
exit 2
exit 2
exit 2
>>> stderr
fs-import: 1 invalid row written to rj.tsv
fs-import: d.csv: no column 'note', which a.csv has
fs-import: e.csv: no column 'name', which a.csv has
fs-import: f.csv: column 'extra' is not in a.csv
