# fs-import(fs-export(x)) is x for a table of every awkward character
# (with --raw, since the formula guard adds a quote); in GB18030 too.
$ fs-export --raw a.tsv | fs-import > b.tsv; cmp a.tsv b.tsv && echo same; fs-export --raw --bom --to-encoding GB18030 -d ';' a.tsv | fs-import --from-encoding GB18030 -d ';' | cmp - a.tsv && echo same
<<< a.tsv
name	note	amount
张三	a, b; c	-12.50
"李四"	say ""hi""	=1+2
 王五 	line\nnext\ttab\rcr\\back\\\\slash	+5
		@x
-	'quoted'	\t
𠀀	 	"
>>> stdout
same
same
