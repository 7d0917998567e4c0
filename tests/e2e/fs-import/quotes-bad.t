# Quotes are strict: a quote inside an unquoted field, text after a
# closing quote, or a quote never closed is an error with its line, even
# with --rejects, since where the record ends cannot be known; the first
# two name the column and say how such a field is written.
$ fs-import a.csv; fs-import b.csv; fs-import --rejects r.tsv c.csv
<<< a.csv
size,item
12,5" pipe
<<< b.csv
name,note
"张三" x,1
<<< c.csv
name,note
张三,1
李四,"never
closed
>>> stderr
fs-import: a.csv:2: column 'item': a quote inside a field not in quotes (a field with a quote in it is put in quotes whole, the quote doubled)
fs-import: b.csv:2: column 'name': text after a closing quote (a quote inside a quoted field is doubled)
fs-import: c.csv:3: a quoted field is never closed
>>> status 2
