# --rejects keeps the invalid rows, as read, and copies the others: exit 3.
$ fs-mask --rejects bad.tsv t.tsv; echo "exit $?"; cat bad.tsv
<<< t.tsv
name	id_number
张三	110105194912310021
李四	110105194912310022	x
王五	
>>> stdout
name	id_number
张三	110105********0021
王五	
exit 3
source	reason	name	id_number
t.tsv:3	3 fields where the header has 2	李四	110105194912310022	x
>>> stderr
fs-mask: 1 invalid row written to bad.tsv
