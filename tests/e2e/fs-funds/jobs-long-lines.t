# --jobs on a file whose lines are longer than the page a cut first
# reads to find where a line starts (jobs.c, line_start()): 400 rows in
# date order with notes of 1 to 12 KB, so that most cuts fall in a line
# that ends past the first 4 KB read there, and every 50th note is 70
# KB, past the next 64 KB block too.  With 2, 3 and 7 threads the
# findings must be one thread's, and FS_FUNDS_TRACE must say that the
# file was read in parts.  A cut that was not at a line's start would
# make a row no thread can parse (the file would be read in order), or,
# one byte early, a blank line that moves every line after it: the
# overspending near the end must be at line 382.
$ awk -f gen.awk > f.tsv; fs-funds --jobs 1 --as-of 2026-12-31 --year 2026 --findings f.tsv > one; echo "exit $?"; for j in 2 3 7; do FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of 2026-12-31 --year 2026 --findings f.tsv > many 2> trace; echo "exit $? $(cmp -s one many && echo same) $(awk '{ print $4, $6 }' trace)"; done; grep -v subsidy-missing one
<<< gen.awk
BEGIN {
	OFS = "\t"
	print "date", "village_id", "category", "flow", "amount", "secretary_id", "source", "household_id", "notice_ref", "ref", "note"
	# mawk 1.3.4's sprintf stops at 8 KB: the notes are cut from one
	# long run of x made by doubling
	xs = "x"
	while (length(xs) < 70000)
		xs = xs xs
	for (k = 0; k < 400; k++) {
		n = k % 50 == 49 ? 70000 : 1024 + (k * 7919) % 11264
		note = substr(xs, 1, n)
		fl = k % 4 == 3 || k == 380 ? "out" : "in"
		amt = k == 380 ? "99999.00" : (fl == "out" ? 10 : 100) "." sprintf("%02d", k % 100)
		print sprintf("2026-%02d-%02d", 1 + int(k / 34), 1 + int(k % 34 / 2)), "V" (1 + k % 3), "support", fl, amt, "S" (1 + k % 3), "", "", "", "R" k, note
	}
}
>>> stdout
exit 1
exit 1 same in parts
exit 1 same in parts
exit 1 same in parts
tool	rule	severity	entity	entity_id	village_id	period	detail	source
fs-funds	funds.support-short	violation	secretary	S3	V3	2026	support received 9948.21 of 10000.00 required for 365 days in 2026	
fs-funds	funds.overspend	violation	village	V3	V3	2026-12-04	support: out beyond the money held, a deficit of 90779.65	f.tsv:382
