# Excel on Windows: a byte-order mark and CRLF line ends are dropped; a CR
# inside a quoted field is data (\r); the last line may lack its line end.
$ printf '\357\273\277name,note\r\n张三,"a\r\nb"\r\n李四,x' | fs-import
>>> stdout
name	note
张三	a\r\nb
李四	x
