# Several files make one table: a later file's records come out in the
# table's column order, and an invalid one goes to the rejects file as
# read.  The table's columns are the first file's, then those a later
# file adds (its header read ahead, quoted or in another encoding alike);
# a record of a file without one has it empty.  A pipe after the first
# file cannot add a column (exit 2).
$ fs-import a.csv b.csv c.csv; echo "exit $?"; fs-import --rejects rj.tsv a.csv h.csv; echo "exit $?"; cat rj.tsv; for f in d e f; do fs-import a.csv $f.csv; echo "exit $?"; done; fs-import a.csv d.csv e.csv f.csv; echo "exit $?"; cat f.csv | fs-import a.csv -; echo "exit $?"
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
name	village_id	note
张三	V01	a
赵六	V05	
exit 0
name	village_id	note	nom
张三	V01	a	
	V06	e	钱七
exit 0
name	village_id	note	extra
张三	V01	a	
孙八	V07	f	x
exit 0
name	village_id	note	nom	extra
张三	V01	a		
赵六	V05			
	V06	e	钱七	
孙八	V07	f		x
exit 0
exit 2
>>> stderr
fs-import: 1 invalid row written to rj.tsv
fs-import: <stdin>: column 'extra' is not in the table made before it was read (standard input or a pipe cannot be read ahead: name it first, or save it to a file)
