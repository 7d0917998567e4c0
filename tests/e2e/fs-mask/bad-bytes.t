# Bytes that are not UTF-8, and NUL bytes, make a row invalid too.
$ printf 'name\tphone\n\377\t1\n' | fs-mask; printf 'name\tphone\na\000b\t1\n' | fs-mask
>>> stderr
fs-mask: <stdin>:2: invalid UTF-8 in the line
fs-mask: <stdin>:2: NUL byte in the line
>>> status 2
