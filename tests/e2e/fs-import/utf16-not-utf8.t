# Files in UTF-16 and UTF-32, with a byte-order mark or without, are not
# taken for UTF-8 (utf8-named-other.t): their ASCII characters, every
# comma and line end, hold a NUL byte, which UTF-8 text does not.
$ for e in UTF-16 UTF-16LE UTF-16BE UTF-32 UTF-32LE UCS-2; do iconv -f UTF-8 -t $e "$FS_TOP/examples/fs-import/households.csv" > x.csv; fs-import --from-encoding $e x.csv > $e.tsv; echo "$e: exit $?"; fs-import "$FS_TOP/examples/fs-import/households.csv" | cmp - $e.tsv; done
>>> stdout
UTF-16: exit 0
UTF-16LE: exit 0
UTF-16BE: exit 0
UTF-32: exit 0
UTF-32LE: exit 0
UCS-2: exit 0
>>> requires iconv
