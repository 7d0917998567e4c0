# A record whose field count differs from the header's stops the import
# with its line (the line it starts on); nothing on stdout.
$ fs-import a.csv
<<< a.csv
name,village_id,note
张三,V01,"two
lines"
李四,V02
王五,V03,x
>>> stderr
fs-import: a.csv:4: 2 fields where the header has 3
>>> status 2
