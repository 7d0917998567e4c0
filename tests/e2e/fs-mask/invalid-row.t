# fs-mask checks the TSV itself: a row with the wrong number of fields
# stops it (exit 2, nothing on stdout).  Values are not judged: a bad ID
# number is masked like any other.
$ fs-mask t.tsv
<<< t.tsv
name	id_number
张三	123
李四	110105194912310022	x
>>> stderr
fs-mask: t.tsv:3: 3 fields where the header has 2
>>> status 2
