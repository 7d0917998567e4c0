# No file, or '-', reads standard input, named <stdin> in messages.
$ fs-import; fs-import - < /dev/null
<<< -
name,note
张三,"a,b"
>>> stdout
name	note
张三	a,b
>>> stderr
fs-import: <stdin>: no header line
>>> status 2
