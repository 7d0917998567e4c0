# Escapes are decoded; a field is quoted only when it holds the delimiter,
# a quote, CR or LF (quotes doubled); records end with CRLF (shown as ^M).
$ fs-export a.tsv | cat -v
<<< a.tsv
name	amount	note
张三	12.50	a, b
李"四	-3	line one\nline two\ttabbed
 王五 	0	C:\\村委会\\账本 \x
		cr\rhere
>>> stdout
name,amount,note^M
M-eM-<M- M-dM-8M-^I,12.50,"a, b"^M
"M-fM-^]M-^N""M-eM-^[M-^[",-3,"line one
line two	tabbed"^M
 M-gM-^NM-^KM-dM-:M-^T ,0,C:\M-fM-^]M-^QM-eM-'M-^TM-dM-<M-^Z\M-hM-4M-&M-fM-^\M-, \x^M
,,"cr^Mhere"^M
