# Several files make one table in the first file's column order; columns
# are found by name in each.  A file with other columns is an error.
$ fs-mask --mask name a.tsv b.tsv; fs-mask a.tsv c.tsv
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
>>> stderr
fs-mask: c.tsv: no column 'phone', which a.tsv has
>>> status 2
