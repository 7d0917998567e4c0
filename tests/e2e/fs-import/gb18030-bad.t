# Bytes that are not valid in the named encoding stop the import with
# their line, even with --rejects: what follows cannot be trusted; so does
# a character cut short by the end of the file.
$ printf 'a,b\n1,2\n3,\201\040x\n' > bad.csv; fs-import --from-encoding GB18030 bad.csv; fs-import --from-encoding GB18030 --rejects r.tsv bad.csv; printf 'a,b\n1,\201' | fs-import --from-encoding GB18030
>>> stderr
fs-import: bad.csv:3: bytes that are not valid GB18030
fs-import: bad.csv:3: bytes that are not valid GB18030
fs-import: <stdin>:2: bytes that are not valid GB18030
>>> status 2
