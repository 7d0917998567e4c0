# Columns kept as they are and side by side are copied as one stretch of
# the line, tabs and all; a later file's columns in another order are
# put in the table's, and a masked column breaks the stretch.  A CR that
# ends the last column kept is escaped wherever that column is.  The
# note's 18 bytes (6 Chinese characters) are no ID number, the id
# column's are, said once; a phone of Thai digits is masked by
# characters.
$ printf 'name\tnote\tx\tphone\tid\tmemo\n张三\t护林员护林员\tq\t1380013800\\t\t11010519491231002X\tm1\r\r\n李四\tn\tq\t1๓8๐๐138๐๐๐\t110105194912310021\tm2\n' > a.tsv; printf 'memo\tid\tname\tx\tphone\tnote\n m3\t13900139000\t王五\t\t+86 139 0013 9000\tok\r\n' > b.tsv; fs-mask --drop x a.tsv b.tsv | tr '\r' '~'; fs-mask --mask name,memo a.tsv b.tsv 2>/dev/null | tr '\r' '~'
>>> stdout
name	note	phone	id	memo
张三	护林员护林员	138****800\t	11010519491231002X	m1\r
李四	n	1๓8****8๐๐๐	110105194912310021	m2
王五	ok	+86**********9000	13900139000	 m3
name	note	x	phone	id	memo
张*	护林员护林员	q	138****800\t	11010519491231002X	m**
李*	n	q	1๓8****8๐๐๐	110105194912310021	m*
王*	ok		+86**********9000	13900139000	 **
>>> stderr
fs-mask: a.tsv:2: column 'id' holds a resident ID number and is not masked (rename it to end in 'id_number', which keeps its first 6 and last 4 characters; or --mask it, which keeps only its first)
