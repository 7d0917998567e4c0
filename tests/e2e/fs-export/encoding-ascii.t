# A record of ASCII alone is the same bytes in GB18030, and is written
# as it is; in an encoding that keeps a state (ISO-2022-JP's shifts) or
# writes ASCII otherwise (UTF-7's + and ~) every record is converted.
$ fs-export --to-encoding GB18030 a.tsv | iconv -f GB18030 -t UTF-8 | cat -v; fs-export --to-encoding ISO-2022-JP a.tsv 2>&1 | cat -v; fs-export --to-encoding utf-7 a.tsv | cat -v
<<< a.tsv
name	note
abc	plain
日本	語
x	y+z~\\
abc	"q"
>>> stdout
name,note^M
abc,plain^M
M-fM-^WM-%M-fM-^\M-,,M-hM-*M-^^^M
x,y+z~\^M
abc,"""q"""^M
name,note^M
abc,plain^M
^[$BF|K\^[(B,^[$B8l^[(B^M
x,y+z~\^M
abc,"""q"""^M
name,note^M
abc,plain^M
+ZeVnLA,+ip4^M
x,y+-z+AH4AXA^M
abc,+ACIAIgAi-q+ACIAIgAi^M
