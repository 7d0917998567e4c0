# A CRLF cut by the end of a 1 MB read is one line end: the CR is the
# first block's last byte, the LF the next block's first.  Lone CRs end
# the lines after it.
$ { printf 'a,b\r\n1,'; head -c 1048568 /dev/zero | tr '\0' x; printf '\r\n3\r4,5\r6\r\n'; } >big.csv; fs-import --rejects r.tsv big.csv | wc -l; sed 1d r.tsv
>>> stdout
4
big.csv:3	1 field where the header has 2	3
big.csv:5	1 field where the header has 2	6
>>> stderr
fs-import: 2 invalid rows written to r.tsv
