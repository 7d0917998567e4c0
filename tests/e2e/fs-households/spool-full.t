# The temporary file cannot hold the rows (here: a file size limit of
# 1 MB, which also stands for a full disk).  The table goes to stdout
# only once the whole input is in the temporary file, so the failure is
# known before a byte is written: exit 2, and stdout stays empty.
$ sh -c 'trap "" XFSZ; ulimit -f 2048; awk '"'"'BEGIN { OFS = "\t"; print "household_id", "village_id", "head_name", "members", "annual_income", "status", "note"; n = sprintf("%100s", ""); for (i = 1; i <= 45000; i++) print "H" i, "V01", "张三", 2, 50000, "not_poor", n }'"'"' | fs-households --as-of 2026-06-30 >out.tsv; echo "exit $?"'; wc -c <out.tsv
>>> stdout
exit 2
0
>>> stderr
fs-households: /tmp: temporary file: File too large
