# A character the output's encoding cannot hold makes the row invalid
# (GBK has no 𠀀): it names the line and column; --rejects keeps it.
$ fs-export --to-encoding GBK a.tsv; fs-export --to-encoding GBK --rejects bad.tsv a.tsv | iconv -f GBK -t UTF-8 | tr -d "\r"; cat bad.tsv; fs-export --to-encoding NO-SUCH a.tsv
<<< a.tsv
姓名	村
张三	东风村
李四	𠀀村
>>> stdout
姓名,村
张三,东风村
source	reason	姓名	村
a.tsv:3	column '村': a character that GBK cannot hold (got '𠀀村')	李四	𠀀村
>>> stderr
fs-export: a.tsv:3: column '村': a character that GBK cannot hold (got '𠀀村')
fs-export: 1 invalid row written to bad.tsv
fs-export: --to-encoding: cannot convert to 'NO-SUCH' (see iconv -l)
>>> status 2
