# A file that starts with a UTF-8 byte-order mark is UTF-8: named as
# GB18030 (or GBK, UTF-16LE), it is an error that says so, not a header
# whose first name starts with "锘" (before: exit 0, the column renamed).
# Named as UTF-8 by any name, the mark is dropped as usual; a GB18030 file
# without a mark is read as before.  The mark may come in pieces.
$ sh run.sh
<<< run.sh
printf '\357\273\277name,amount\n张三,1.00\n' > u.csv
for e in GB18030 GBK UTF-16LE UTF-8 utf8; do fs-import --from-encoding $e u.csv; echo "$e: exit $?"; done
printf 'name,amount\n张三,1.00\n' | iconv -f UTF-8 -t GB18030 > g.csv
fs-import --from-encoding GB18030 g.csv; echo "exit $?"
{ printf '\357'; sleep 1; printf '\273\277name\n'; } | fs-import --from-encoding GB18030; echo "exit $?"
>>> stdout
GB18030: exit 2
GBK: exit 2
UTF-16LE: exit 2
name	amount
张三	1.00
UTF-8: exit 0
name	amount
张三	1.00
utf8: exit 0
name	amount
张三	1.00
exit 0
exit 2
>>> stderr
fs-import: u.csv:1: starts with a UTF-8 byte-order mark: the file is UTF-8, not GB18030 (leave out --from-encoding)
fs-import: u.csv:1: starts with a UTF-8 byte-order mark: the file is UTF-8, not GBK (leave out --from-encoding)
fs-import: u.csv:1: starts with a UTF-8 byte-order mark: the file is UTF-8, not UTF-16LE (leave out --from-encoding)
fs-import: <stdin>:1: starts with a UTF-8 byte-order mark: the file is UTF-8, not GB18030 (leave out --from-encoding)
>>> requires iconv
