# A backslash that is no escape (a trailing one, \q) stays as it is in
# the value, and fs-export writes it so; fs-import then writes it as
# \\, the escape for a backslash.  The values come back, not the bytes:
# exported again, the table gives the same CSV.
$ fs-export --raw a.tsv > a.csv; fs-import a.csv > b.tsv; tr -d "\r" < a.csv; cat b.tsv; fs-export --raw b.tsv | cmp - a.csv && echo same values
<<< a.tsv
name	note
x\	y\q
\\	a\tb\
>>> stdout
name,note
x\,y\q
\,a	b\
name	note
x\\	y\\q
\\	a\tb\\
same values
