# A file saved by Excel on Windows (a BOM, CRLF line ends, an empty line
# counted): the rejects file's header is the first input's header line
# without its BOM, and a rejected row is the line as read without its
# CR/LF (SPEC 1.3); a CR inside a line (A3's problem) is not a line end
# and is kept as read.  Line numbers are physical.  sed's l shows the
# bytes ('\r' a CR, '$' the line's end).
$ printf '\357\273\277item_id\tvillage_id\tcategory\tproblem\topened\r\nA1\tV1\tc\tp\t2026-13-01\r\n\r\nA2\tV1\tc\tp\t2026-01-05\r\nA3\tV1\tc\tp\rq\tlater\r\nA4\tV1\tc\r\n' > r.tsv; fs-rectify --as-of 2026-02-01 --rejects rej.tsv r.tsv; echo "exit $?"; sed -n 'l 0' rej.tsv
>>> stdout
item_id	village_id	category	deadline	closed	state	days_overdue
A2	V1	c			open	0
exit 3
source\treason\titem_id\tvillage_id\tcategory\tproblem\topened$
r.tsv:2\tcolumn 'opened': no such day (got '2026-13-01')\tA1\tV1\tc\tp\t2026-13-01$
r.tsv:5\tcolumn 'opened': not a date (YYYY-MM-DD) (got 'later')\tA3\tV1\tc\tp\rq\tlater$
r.tsv:6\t3 fields where the header has 5\tA4\tV1\tc$
>>> stderr
fs-rectify: 3 invalid rows written to rej.tsv
