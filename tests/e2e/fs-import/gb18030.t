# A real GB18030 file (made with iconv): --from-encoding GB18030 converts
# it, its BOM too; read as UTF-8 it is an error that names the line and
# suggests the encoding.
$ printf '\357\273\277' > u.csv; cat a.csv >> u.csv; iconv -f UTF-8 -t GB18030 u.csv > g.csv; fs-import --from-encoding GB18030 g.csv; echo "exit $?"; fs-import g.csv
<<< a.csv
姓名,村,备注
张三,东风村,"说明,含逗号"
李四,𠀀村,"两
行"
>>> stdout
姓名	村	备注
张三	东风村	说明,含逗号
李四	𠀀村	两\n行
exit 0
>>> stderr
fs-import: g.csv: invalid UTF-8 in the header (try --from-encoding GB18030)
>>> status 2
