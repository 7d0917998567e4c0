# An escape (\t, \n, \r, \\) counts as one character, as a clerk reads the
# value; characters kept are copied as read, escapes included.  Any other
# backslash is a character of its own (\x is two).
$ fs-mask --mask name t.tsv
<<< t.tsv
name	phone
\t张三	\t\\1234567\n
张\\三	\x12345678
\n	\t\t\t\t\t\t\t
>>> stdout
name	phone
\t**	\t\\1***567\n
张**	\x1***5678
*	*******
