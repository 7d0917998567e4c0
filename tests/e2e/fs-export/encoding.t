# --to-encoding GB18030 writes what Chinese spreadsheets expect (iconv
# reads it back); --bom begins with a byte-order mark (in the output's
# encoding).
$ fs-export --to-encoding GB18030 a.tsv | iconv -f GB18030 -t UTF-8 | tr -d "\r"; fs-export --bom a.tsv | head -c 6 | od -An -c; fs-export --bom --to-encoding GB18030 a.tsv | head -c 6 | od -An -tx1
<<< a.tsv
姓名	村
张三	𠀀村
>>> stdout
姓名,村
张三,𠀀村
 357 273 277 345 247 223
 84 31 95 33 d0 d5
