# a.tsv is cut short while its table is written, that is, after the
# check that it did not change while it was read.  The table is written a
# megabyte at a time, and a write to the pipe waits for the reader: here
# the reader takes 1000 bytes, empties a.tsv, and then takes the rest.
# The rows after the first megabyte or so cannot be read again: the run
# stops there, exit status 2, and the table is not to be trusted.
$ awk -v n=80000 -v from=1 -f gen.awk > a.tsv; ( fs-households --as-of 2026-06-30 a.tsv; echo "exit $?" > status ) | { head -c 1000 > /dev/null; : > a.tsv; cat > /dev/null; }; cat status
<<< gen.awk
# gen.awk: a register of n rows (-v n=, from=)
BEGIN {
	OFS = "\t"
	print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number", "helper_id", "plan"
	for (i = from; i < from + n; i++)
		print "H" i, "V" (i % 7), "张三", 1 + i % 5, (i * 37) % 90000, i % 3 == 0 ? "poor" : "not_poor", "", "P" (i % 11), "产业帮扶"
}
>>> stdout
exit 2
>>> stderr
fs-households: a.tsv: the file changed while the table was written
