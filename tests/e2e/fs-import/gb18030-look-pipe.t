# The first 64 KB of a file named as GB18030 are held until judged
# (utf8-named-other.t), then converted: none of their bytes is lost or
# moved, however standard input cuts them (10 bytes, then 70,000 across
# the 64 KB mark, then the rest), nor for a file shorter than that or
# empty.
$ sh run.sh
<<< run.sh
awk 'BEGIN { print "id,name"; for (i = 0; i < 20000; i++) printf "%d,张三𠀀%d\n", i, i }' > u.csv
iconv -f UTF-8 -t GB18030 u.csv > g.csv
fs-import u.csv > a.tsv
{ head -c 10 g.csv; sleep 1; tail -c +11 g.csv | head -c 70000; sleep 1; tail -c +70011 g.csv; } | fs-import --from-encoding GB18030 | cmp - a.tsv && echo same
head -3 g.csv | fs-import --from-encoding GB18030
: > empty.csv; fs-import --from-encoding GB18030 empty.csv; echo "exit $?"
>>> stdout
same
id	name
0	张三𠀀0
1	张三𠀀1
exit 2
>>> stderr
fs-import: empty.csv: no header line
>>> requires iconv
