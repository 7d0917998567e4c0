# A BOM and CRLF line ends (Excel on Windows), no final newline.
$ fs-check --type attendance bom-crlf.tsv
>>> stdout
file	type	rows	invalid
bom-crlf.tsv	attendance	2	0
