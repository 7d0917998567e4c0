# The header is the first non-empty record: a name given twice, or no
# header at all (an empty file, or only empty rows), stops the import; a
# header alone is a valid, empty table.
$ fs-import dup.csv; fs-import empty.csv; fs-import blank.csv; fs-import only.csv
<<< dup.csv
name,village_id,name
张三,V01,x
<<< empty.csv
<<< blank.csv

,,

<<< only.csv
name,village_id
>>> stdout
name	village_id
>>> stderr
fs-import: dup.csv: column 'name' named twice
fs-import: empty.csv: no header line
fs-import: blank.csv: no header line
