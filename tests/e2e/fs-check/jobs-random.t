# --jobs against one thread on 200 random attendance files: empty lines,
# impossible dates, short rows, repeated headers, duplicates, conflicts
# and CRLF, with and without --rejects, for fs-check and fs-attendance.
# Every output, message, rejects file and exit status must be the same.
$ sh "$FS_TOP/tests/jobs-same.sh" 200
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed); print "secretary_id\tdate\tstatus"
	split("in_village leave absent training", st, " ")
	rows = int(rand() * 60); crlf = rand() < 0.2 ? "\r" : ""
	for (k = 0; k < rows; k++) {
		r = rand(); s = "S" int(1 + rand() * 4)
		d = sprintf("2026-01-%02d", 1 + int(rand() * 28))
		x = st[1 + int(rand() * (rand() < 0.9 ? 3 : 4))]
		if (r < 0.03) print crlf
		else if (r < 0.05) print s "\t2026-02-30\t" x crlf
		else if (r < 0.06) print s "\t" d crlf
		else if (r < 0.07) print "secretary_id\tdate\tstatus" crlf
		else print s "\t" d "\t" x crlf
	}
}'
<<< run.sh
j=$1; shift
: > rej.tsv
fs-check --jobs $j -t attendance "$@" f.tsv
echo "exit $?"
cat rej.tsv
: > rej.tsv
fs-attendance --jobs $j --calendar none --as-of 2026-01-20 --year 2026 \
    --findings "$@" f.tsv
echo "exit $?"
cat rej.tsv
>>> stdout
200 same
