# Line numbers count physical lines, and a line ends at LF, CRLF or a lone
# CR, inside quotes or not; a CRLF is one line end, an LF followed by a CR
# two.  Each file holds the same records with the line ends its name
# says: the header on line 1, an empty line 2, a valid record on 3, a
# ragged one on 4, a quoted field with two line ends in it from 5 to 7,
# and a ragged record on 8.  mixed.csv has all three kinds; lf-cr.csv an
# LF then a CR, and two CRs, each two line ends (empty lines).  An empty
# line is written as one, before the next line written (none after the
# last).
$ for f in lf crlf cr; do case $f in lf) e='\n' ;; crlf) e='\r\n' ;; cr) e='\r' ;; esac; printf "a,b${e}${e}1,2${e}3${e}4,\"x${e}y${e}z\"${e}5${e}" >$f.csv; done; printf 'a,b\r\n\r1,2\n3\r4,"x\ry\r\nz"\n5\r\n' >mixed.csv; printf 'a,b\n\r1\n2,3\r\r4' >lf-cr.csv; for f in lf crlf cr mixed lf-cr; do fs-import --rejects $f.rj $f.csv; echo "exit $?"; sed 1d $f.rj; done
>>> stdout
a	b

1	2

4	x\ny\nz
exit 3
lf.csv:4	1 field where the header has 2	3
lf.csv:8	1 field where the header has 2	5
a	b

1	2

4	x\r\ny\r\nz
exit 3
crlf.csv:4	1 field where the header has 2	3
crlf.csv:8	1 field where the header has 2	5
a	b

1	2

4	x\ry\rz
exit 3
cr.csv:4	1 field where the header has 2	3
cr.csv:8	1 field where the header has 2	5
a	b

1	2

4	x\ry\r\nz
exit 3
mixed.csv:4	1 field where the header has 2	3
mixed.csv:8	1 field where the header has 2	5
a	b


2	3
exit 3
lf-cr.csv:3	1 field where the header has 2	1
lf-cr.csv:6	1 field where the header has 2	4
>>> stderr
fs-import: 2 invalid rows written to lf.rj
fs-import: 2 invalid rows written to crlf.rj
fs-import: 2 invalid rows written to cr.rj
fs-import: 2 invalid rows written to mixed.rj
fs-import: 2 invalid rows written to lf-cr.rj
