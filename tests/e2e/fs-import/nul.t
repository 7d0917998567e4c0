# A NUL byte makes the record invalid; in the header it stops the import,
# and says when the file looks saved as UTF-16 (Excel's "Unicode text").
$ printf 'a,b\n1,"x\0y"\n2,3\n' > n.csv; fs-import n.csv; fs-import --rejects bad.tsv n.csv; cut -f 1,2 bad.tsv; printf 'a\0,b\n' | fs-import; printf 'a,b\r\n1,2\r\n' | iconv -f UTF-8 -t UTF-16LE > u16.csv; fs-import u16.csv; fs-import --from-encoding UTF-16LE u16.csv
>>> stdout
a	b

2	3
source	reason
n.csv:2	NUL byte in the record
a	b
1	2
>>> stderr
fs-import: n.csv:2: NUL byte in the record
fs-import: 1 invalid row written to bad.tsv
fs-import: <stdin>: NUL byte in the header
fs-import: u16.csv: NUL byte in the header (saved as UTF-16, Excel's "Unicode text"? try --from-encoding UTF-16)
