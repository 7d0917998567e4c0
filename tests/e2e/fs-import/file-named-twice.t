# A file named twice, by the same name or another (./f.csv, a hard link,
# standard input redirected from it), is an error (exit 2, nothing
# written): its records would come out twice.  A copy is another file.
$ sh run.sh
<<< run.sh
fs-import f.csv f.csv; echo "exit $?"
fs-import f.csv ./f.csv; echo "exit $?"
ln f.csv g.csv; fs-import g.csv f.csv; echo "exit $?"
fs-import f.csv - < f.csv; echo "exit $?"
cp f.csv h.csv; fs-import f.csv h.csv; echo "exit $?"
<<< f.csv
name,village_id
张三,V01
>>> stdout
exit 2
exit 2
exit 2
exit 2
name	village_id
张三	V01
张三	V01
exit 0
>>> stderr
fs-import: f.csv: the same file as f.csv; a file is read once
fs-import: ./f.csv: the same file as f.csv; a file is read once
fs-import: f.csv: the same file as g.csv; a file is read once
fs-import: <stdin>: the same file as f.csv; a file is read once
