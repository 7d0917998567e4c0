# Without --from-encoding the input must be UTF-8: a bad record names its
# line (and --rejects keeps it); a bad header stops the import.
$ printf 'a,b\n1,2\n3,\326\320\316\304\n' > r.csv; fs-import r.csv; fs-import --rejects bad.tsv r.csv; printf '\326\320,b\n1,2\n' | fs-import
>>> stdout
a	b
1	2
>>> stderr
fs-import: r.csv:3: invalid UTF-8 in the record (try --from-encoding GB18030)
fs-import: 1 invalid row written to bad.tsv
fs-import: <stdin>: invalid UTF-8 in the header (try --from-encoding GB18030)
>>> status 2
