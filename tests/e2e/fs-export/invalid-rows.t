# The input is TSV like every tool's: a row with the wrong field count,
# a NUL or bad UTF-8 stops the export with its line; --rejects keeps it.
$ fs-export a.tsv; fs-export --rejects bad.tsv a.tsv | tr -d "\r"; cat bad.tsv
<<< a.tsv
name	village_id
张三	V01
李四
王五	V03
>>> stdout
name,village_id
张三,V01
王五,V03
source	reason	name	village_id
a.tsv:3	1 field where the header has 2	李四
>>> stderr
fs-export: a.tsv:3: 1 field where the header has 2
fs-export: 1 invalid row written to bad.tsv
