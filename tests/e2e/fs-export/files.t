# Several files make one CSV; a later file's columns may be in another
# order (each file has its own header, SPEC 1.1), and its rows are
# written in the table's order: the first file's columns, then those a
# later file adds (read ahead).  A file with a column missing has it
# empty; one with another column, or one more, adds it.  A pipe after
# the first input cannot add one (exit 2).
$ fs-export a.tsv b.tsv c.tsv | cat -v; fs-export a.tsv d.tsv | tr -d '\r'; echo "exit $?"; fs-export a.tsv e.tsv f.tsv | tr -d '\r'; echo "exit $?"; cat f.tsv | fs-export a.tsv -; echo "exit $?"
<<< a.tsv
name	village_id	note
张三	V01	a
<<< b.tsv
name	village_id	note
李四	V02	b
<<< c.tsv
village_id	note	name
V03	c	王五
<<< d.tsv
village_id	name
V04	赵六
<<< e.tsv
village_id	nom	note
V05	钱七	e
<<< f.tsv
village_id	name	note	extra
V06	孙八	f	x
>>> stdout
name,village_id,note^M
M-eM-<M- M-dM-8M-^I,V01,a^M
M-fM-^]M-^NM-eM-^[M-^[,V02,b^M
M-gM-^NM-^KM-dM-:M-^T,V03,c^M
name,village_id,note
张三,V01,a
赵六,V04,
exit 0
name,village_id,note,nom,extra
张三,V01,a,,
,V05,e,钱七,
孙八,V06,f,,x
exit 0
exit 2
>>> stderr
fs-export: <stdin>: column 'extra' is not in the table made before it was read (standard input or a pipe cannot be read ahead: name it first, or save it to a file)
