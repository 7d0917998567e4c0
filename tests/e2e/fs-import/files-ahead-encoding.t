# A later file's header is read ahead the way its records are: in the
# --from-encoding, after a BOM, quoted (a name with a comma or a line
# break in it), past empty records; the names come out escaped as the
# header does.
$ printf 'name,备注\r\n张三,一\r\n' | iconv -f UTF-8 -t GB18030 > a.csv; printf '\r\n,\r\n"a,b","c\nd",name\r\n1,2,李四\r\n' | iconv -f UTF-8 -t GB18030 > b.csv; fs-import --from-encoding GB18030 a.csv b.csv; echo "exit $?"; printf 'name\n王\n' > u.csv; printf '\357\273\277x,name\n9,赵\n' > bom.csv; fs-import u.csv bom.csv; echo "exit $?"
>>> stdout
name	备注	a,b	c\nd
张三	一		
李四		1	2
exit 0
name	x
王	
赵	9
exit 0
