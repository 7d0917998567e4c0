# Several files make one CSV when they have the same columns; a later
# file's columns may be in another order (each file has its own header,
# SPEC 1.1), and its rows are written in the first file's order.  A file
# with a column missing, another one, or one more: exit 2.
$ fs-export a.tsv b.tsv c.tsv | cat -v; fs-export a.tsv d.tsv; echo "exit $?"; fs-export a.tsv e.tsv; echo "exit $?"; fs-export a.tsv f.tsv; echo "exit $?"
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
exit 2
exit 2
exit 2
>>> stderr
fs-export: d.tsv: no column 'note', which a.tsv has
fs-export: e.tsv: no column 'name', which a.tsv has
fs-export: f.tsv: column 'extra' is not in a.tsv
