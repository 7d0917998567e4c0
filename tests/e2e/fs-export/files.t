# Several files make one CSV when their headers agree; else exit 2.
$ fs-export a.tsv b.tsv | cat -v; fs-export a.tsv c.tsv
<<< a.tsv
name	village_id
张三	V01
<<< b.tsv
name	village_id
李四	V02
<<< c.tsv
village_id	name
V03	王五
>>> stdout
name,village_id^M
M-eM-<M- M-dM-8M-^I,V01^M
M-fM-^]M-^NM-eM-^[M-^[,V02^M
>>> stderr
fs-export: c.tsv: header differs from that of a.tsv
>>> status 2
