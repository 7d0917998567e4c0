# Several files make one table: the first file's columns, then those a
# later file adds, in the order met; columns are found by name in each,
# and a row without one has it empty.  A pipe read after the first input
# cannot add a column (its header is not known ahead): an error, exit 2.
$ fs-mask --mask name a.tsv b.tsv; fs-mask a.tsv c.tsv b.tsv; echo "exit $?"; cat c.tsv | fs-mask a.tsv -; echo "exit $?"; cat a.tsv | fs-mask - c.tsv; echo "exit $?"
<<< a.tsv
name	phone	note
张三	13800138000	一
<<< b.tsv
note	name	phone
二	李四	13900139000
<<< c.tsv
name	mobile_phone	note
王五	13700137000	三
>>> stdout
name	phone	note
张*	138****8000	一
李*	139****9000	二
name	phone	note	mobile_phone
张三	138****8000	一	
王五		三	137****7000
李四	139****9000	二	
exit 0
exit 2
name	phone	note	mobile_phone
张三	138****8000	一	
王五		三	137****7000
exit 0
>>> stderr
fs-mask: <stdin>: column 'mobile_phone' is not in the table made before it was read (standard input or a pipe cannot be read ahead: name it first, or save it to a file)
