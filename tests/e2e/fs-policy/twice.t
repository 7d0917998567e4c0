# A key given twice is an error (said with the line it was first given
# on, as fs-check says it); so is a missing column and a missing file.
$ fs-policy --policy p.tsv; fs-policy --policy q.tsv; fs-policy --policy nosuch.tsv
<<< p.tsv
key	value
funds.idle_days	300
funds.idle_days	200
<<< q.tsv
key	val
>>> stderr
fs-policy: p.tsv:3: the same key as p.tsv:2 (got 'funds.idle_days')
fs-policy: q.tsv: missing column 'value'
fs-policy: nosuch.tsv: No such file or directory
>>> status 2
