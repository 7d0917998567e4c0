# The later files' headers are read ahead: one that cannot be read then
# is passed over, and its turn says why (exit 2, nothing on stdout); a
# name in several later files is one column; a later file's columns that
# the first has are not added again.
$ fs-mask a.tsv nosuch.tsv; echo "exit $?"; fs-mask a.tsv empty.tsv; echo "exit $?"; fs-mask a.tsv b.tsv c.tsv; echo "exit $?"
<<< a.tsv
name	note
张三	一
<<< empty.tsv
<<< b.tsv
phone	name
13900139000	李四
<<< c.tsv
note	phone	name	extra
三	13700137000	王五	e
>>> stdout
exit 2
exit 2
name	note	phone	extra
张三	一		
李四		139****9000	
王五	三	137****7000	e
exit 0
>>> stderr
fs-mask: nosuch.tsv: No such file or directory
fs-mask: empty.tsv: no header line
