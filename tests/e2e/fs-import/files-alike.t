# Two CSV files whose header a spreadsheet wrote each its own way ('name'
# and 'name ' with a space) would make two columns of one: the later
# spelling is said, exit 2.
$ fs-import a.csv b.csv; echo "exit $?"
<<< a.csv
name,id
张三,1
<<< b.csv
name ,id
李四,2
>>> stdout
exit 2
>>> stderr
fs-import: b.csv: column 'name ' is the table's 'name' but for a space around it or its case (names are matched as written: name it alike in every file)
