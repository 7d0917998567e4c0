# A later file in another column order: an invalid row names the file's
# own line and column (a character GBK cannot hold in 'note', the first
# column of c.tsv's but the third of the output's), and goes to the
# rejects file as read (SPEC 1.3: under the first input's header).
$ fs-export --to-encoding GBK a.tsv c.tsv; echo "exit $?"; fs-export --to-encoding GBK --rejects rj.tsv a.tsv c.tsv | iconv -f GBK -t UTF-8 | tr -d '\r'; cat rj.tsv
<<< a.tsv
name	village_id	note
张三	V01	a
<<< c.tsv
note	name	village_id
😀	王五	V03
c	赵六	V04
>>> stdout
exit 2
name,village_id,note
张三,V01,a
赵六,V04,c
source	reason	name	village_id	note
c.tsv:2	column 'note': a character that GBK cannot hold (got '😀')	😀	王五	V03
>>> stderr
fs-export: c.tsv:2: column 'note': a character that GBK cannot hold (got '😀')
fs-export: 1 invalid row written to rj.tsv
