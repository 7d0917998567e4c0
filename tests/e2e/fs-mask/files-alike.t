# Two files whose columns a spreadsheet named each its own way ('id_number'
# and 'id_number ' with a space, 'Name' for 'name') would make a table of
# two columns for one, each half empty: the later spelling is said, exit 2,
# nothing written; in fs-export too.  A column only one file has is fine.
$ fs-mask a.tsv b.tsv; echo "exit $?"; fs-mask a.tsv c.tsv; echo "exit $?"; fs-export a.tsv b.tsv; echo "exit $?"; fs-mask a.tsv d.tsv; echo "exit $?"
<<< a.tsv
name	id_number	remark
张三	110105194912310021	ok
<<< b.tsv
name	id_number 	remark
李四	110105194912310021	x
<<< c.tsv
Name	id_number	remark
王五	110105194912310021	y
<<< d.tsv
name	id_number	remark	phone
赵六	110105194912310021	z	13900139000
>>> stdout
exit 2
exit 2
exit 2
name	id_number	remark	phone
张三	110105********0021	ok	
赵六	110105********0021	z	139****9000
exit 0
>>> stderr
fs-mask: b.tsv: column 'id_number ' is the table's 'id_number' but for a space around it or its case (names are matched as written: name it alike in every file)
fs-mask: c.tsv: column 'Name' is the table's 'name' but for a space around it or its case (names are matched as written: name it alike in every file)
fs-export: b.tsv: column 'id_number ' is the table's 'id_number' but for a space around it or its case (names are matched as written: name it alike in every file)
