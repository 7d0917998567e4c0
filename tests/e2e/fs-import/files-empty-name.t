# A column with an empty name that a later file adds is a column like
# any other: read ahead, it joins the table (before, it was taken for a
# pipe's column: exit 2).  fs-export and fs-mask alike.
$ fs-import a.csv b.csv; echo "exit $?"; fs-export a.tsv b.tsv; echo "exit $?"; fs-mask a.tsv b.tsv; echo "exit $?"
<<< a.csv
name,village_id
张三,V01
<<< b.csv
name,,village_id
李四,x,V02
<<< a.tsv
name	village_id
张三	V01
<<< b.tsv
name		village_id
李四	x	V02
>>> stdout
name	village_id	
张三	V01	
李四	V02	x
exit 0
name,village_id,
张三,V01,
李四,V02,x
exit 0
name	village_id	
张三	V01	
李四	V02	x
exit 0
