# A NUL byte makes the record invalid; in the header it stops the import.
$ printf 'a,b\n1,"x\0y"\n2,3\n' > n.csv; fs-import n.csv; fs-import --rejects bad.tsv n.csv; cut -f 1,2 bad.tsv; printf 'a\0,b\n' | fs-import
>>> stdout
a	b
2	3
source	reason
n.csv:2	NUL byte in the record
>>> stderr
fs-import: n.csv:2: NUL byte in the record
fs-import: 1 invalid row written to bad.tsv
fs-import: <stdin>: NUL byte in the header
>>> status 2
