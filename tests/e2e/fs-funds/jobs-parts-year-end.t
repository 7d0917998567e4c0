# --jobs on a file read in parts: rows of the year's last day count in
# the year (the parts path has its own test of the year's bounds).  S4's
# 9100.00 of support on 2026-12-31, the file's last row, takes it to
# 10012.40, over the 10,000.00 a year; with 1 and 2 threads alike.
$ awk -f gen.awk > f.tsv; for j in 1 2; do FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of 2027-01-31 --year 2026 f.tsv 2> trace; echo "exit $? $(grep -c parts trace)"; done
<<< gen.awk
# 36,500 rows in date order, 100 a day through 2026, support coming in
# to S1-S4 in V1-V4; on 2026-12-31, the year's last day, S4 gets 9100.00
# more, which takes it over the 10,000.00 a year.
BEGIN {
	OFS = "\t"
	print "date", "village_id", "category", "flow", "amount", "secretary_id", "note"
	split("31 28 31 30 31 30 31 31 30 31 30 31", ml, " ")
	for (m = 1; m <= 12; m++)
		for (d = 1; d <= ml[m]; d++)
			for (k = 0; k < 100; k++) {
				w = 1 + k % 4
				amt = m == 12 && d == 31 && k == 99 ? "9100.00" : "0.10"
				print sprintf("2026-%02d-%02d", m, d), "V" w, "support", "in", amt, "S" w, "a note to make the rows longer than they need be"
			}
}
>>> stdout
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	912.50	10000.00	0.00	0.00	0.00	short
S2	2026	912.50	10000.00	0.00	0.00	0.00	short
S3	2026	912.50	10000.00	0.00	0.00	0.00	short
S4	2026	10012.40	10000.00	0.00	0.00	0.00	ok
exit 1 0
secretary_id	year	support_in	support_required	living_subsidy	transport_subsidy	communication_subsidy	status
S1	2026	912.50	10000.00	0.00	0.00	0.00	short
S2	2026	912.50	10000.00	0.00	0.00	0.00	short
S3	2026	912.50	10000.00	0.00	0.00	0.00	short
S4	2026	10012.40	10000.00	0.00	0.00	0.00	ok
exit 1 1
