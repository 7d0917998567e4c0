# --drop leaves columns out (and wins over --mask); leaving out every
# column is an error.
$ fs-mask --drop note,phone --mask note t.tsv; fs-mask --drop note,phone,name t.tsv
<<< t.tsv
name	note	phone
张三	秘密	13800138000
>>> stdout
name
张三
>>> stderr
fs-mask: t.tsv: --drop leaves no column
>>> status 2
