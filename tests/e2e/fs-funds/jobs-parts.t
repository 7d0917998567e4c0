# --jobs on a file big enough to be cut into parts (fs-funds(1),
# THREADS): each thread reads whole parts into ledgers of their own,
# which are folded together in file order.  A part knows nothing of the
# money before it, so it keeps every lot that came in and its record
# lows; the fold spends the queue and finds the first deficit from the
# position the part starts at.  V1's and V4's deficits come late in the
# file, with money still held when their part starts (lines 24242 and
# 29093); with 2 threads the first part has more record lows than a
# part keeps in memory, and reads them back from its temporary file.
# With 2, 3 and 7 threads every output (the table, --balances,
# --findings, --households, rows after the as-of date left out) must be
# one thread's, and FS_FUNDS_TRACE must say that the file was read in
# parts.  Without a temporary directory the first part cannot keep its
# record lows: the parts stop without a word, and the file is read in
# order, which keeps 32 times as many in memory and needs none here: the
# same report as one thread's.  With a roster that lists two of the six
# secretaries, the other four are said (funds.unknown-secretary) from
# the parts' folded sums as from one thread's.
$ awk -f gen.awk > f.tsv; for a in 2026-10-01 2027-03-01; do for opt in "" --balances --findings "--findings --households hh.tsv"; do fs-funds --jobs 1 --as-of $a --year 2026 $opt f.tsv > one; echo "exit $?"; for j in 2 3 7; do FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of $a --year 2026 $opt f.tsv > many 2> trace; echo "exit $? $(cmp -s one many && echo same) $(awk '$4 == "in" && $6 == "parts" && $5 >= 3 { $5 = "N" } { print $3, $4, $5, $6 }' trace)"; done; done; fs-funds --jobs 1 --as-of $a --year 2026 --findings --households hh.tsv f.tsv | awk -F '\t' '{ n[$2]++ } $2 ~ /overspend|idle/ { print $5, $7, $8, $9 } END { for (r in n) print r, n[r] | "sort" }'; done; fs-funds --jobs 1 --as-of 2027-03-01 --year 2026 f.tsv > one; TMPDIR=/nonexistent FS_FUNDS_TRACE=1 fs-funds --jobs 2 --as-of 2027-03-01 --year 2026 f.tsv > many 2> trace; echo "exit $? $(cmp -s one many && echo same)"; grep -v "^fs-funds: trace" trace; printf 'secretary_id\tname\tsending_unit\tvillage_id\tterm_start\tterm_end\nS2\t甲\t县财政局\tV2\t2025-01-01\t2027-12-31\nS5\t乙\t县财政局\tV5\t2026-03-01\t2027-12-31\n' > ro.tsv; fs-funds --jobs 1 --roster ro.tsv --as-of 2026-10-01 --findings f.tsv > one; FS_FUNDS_TRACE=1 fs-funds --jobs 2 --roster ro.tsv --as-of 2026-10-01 --findings f.tsv > many 2> trace; echo "exit $? $(cmp -s one many && echo same) $(grep -c "^fs-funds: f.tsv: read in [0-9]* parts" trace)"; grep unknown-secretary many | cut -f 5-8
<<< gen.awk
# 45,000 rows in date order, 150 a day from 2026-01-01, over nine
# villages.  V1-V6 each have a collective or project ledger that money
# comes into once, at its start, and then only goes out of, so that
# every out is a record low: its first deficit comes at a row that
# depends on that first sum (V3 and V6 early, V5 half-way, V1 and V4
# late, V2 never).  Support comes in and goes out (lots held and spent,
# idle money), subsidies come in, benefits go out, some without a notice
# or a household, some to households not in the register, and V7-V9's
# project and collective money comes in.
BEGIN {
	OFS = "\t"
	print "date", "village_id", "category", "flow", "amount", "secretary_id", "source", "household_id", "notice_ref", "ref", "note"
	split("31 28 31 30 31 30 31 31 30 31 30 31", ml, " ")
	split("100000 10000000 3000 120000 60000 500", init, " ")
	split("living_subsidy transport_subsidy communication_subsidy", sub_, " ")
	m = 1; d = 1
	for (k = 0; k < 45000; k++) {
		if (k > 0 && k % 150 == 0 && ++d > ml[m]) {
			d = 1
			m++
		}
		date = sprintf("2026-%02d-%02d", m, d)
		t = k % 12
		w = 1 + int(k / 12) % 6
		v = "V" w; s = "S" w; hh = ""; nref = ""; fl = "in"
		amt = sprintf("%d.%02d", k % 97 + 1, k % 100)
		if (t < 6) {
			v = "V" (t + 1); s = ""
			c = t < 3 ? "collective" : "project"
			if (k < 12)
				amt = init[t + 1] ".00"
			else
				fl = "out"
		} else if (t == 6) {
			c = "support"
			amt = sprintf("%d.00", k % 500 + 100)
			if (int(k / 12) % 5 == 0) {
				fl = "out"
				amt = sprintf("%d.00", k % 300 + 1)
			}
		} else if (t == 7) {
			c = sub_[1 + int(k / 12) % 3]
		} else if (t == 8) {
			c = "benefit"; fl = "out"; s = ""
			if (k % 11 != 0)
				hh = "H" (k % 10)
			if (k % 7 != 0)
				nref = "N" k
		} else if (t == 9) {
			c = "project"; s = ""; v = "V" (7 + w % 3)
		} else if (t == 10) {
			c = "medical_exam"
		} else {
			c = "collective"; s = ""; v = "V" (7 + w % 3)
		}
		print date, v, c, fl, amt, s, "县财政局", hh, nref, "R" k, ""
	}
}
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
H0	V1	甲	3	1000.00	poor
H1	V2	乙	2	900.00	poor
H2	V3	丙	4	1200.00	poor
H3	V4	丁	1	800.00	poor
H4	V5	戊	5	1500.00	poor
>>> stdout
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
V1 2026-01-01 support: out beyond the money held, a deficit of 7.00 f.tsv:8
V1 2026-06-11 collective: out beyond the money held, a deficit of 69.20 f.tsv:24242
V3 2026-01-05 collective: out beyond the money held, a deficit of 20.14 f.tsv:736
V4 2026-07-13 project: out beyond the money held, a deficit of 57.72 f.tsv:29093
V5 2026-04-08 project: out beyond the money held, a deficit of 12.00 f.tsv:14586
V6 2026-01-01 project: out beyond the money held, a deficit of 27.96 f.tsv:151
V6 2026-01-01 support: out beyond the money held, a deficit of 67.00 f.tsv:68
funds.benefit-untraced 756
funds.overspend 7
funds.subsidy-missing 12
funds.unknown-household 548
rule 1
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
exit 1
exit 1 same read in N parts
exit 1 same read in N parts
exit 1 same read in N parts
V1 2026-01-30 support: 18229.00 held unspent since 2026-01-30, 395 days (more than 365) 
V1 2026-01-01 support: out beyond the money held, a deficit of 7.00 f.tsv:8
V1 2026-06-11 collective: out beyond the money held, a deficit of 69.20 f.tsv:24242
V2 2026-01-28 support: 18751.00 held unspent since 2026-01-28, 397 days (more than 365) 
V3 2026-01-27 support: 18667.00 held unspent since 2026-01-27, 398 days (more than 365) 
V3 2026-01-05 collective: out beyond the money held, a deficit of 20.14 f.tsv:736
V4 2026-01-27 support: 18157.00 held unspent since 2026-01-27, 398 days (more than 365) 
V4 2026-07-13 project: out beyond the money held, a deficit of 57.72 f.tsv:29093
V5 2026-01-28 support: 18133.00 held unspent since 2026-01-28, 397 days (more than 365) 
V5 2026-04-08 project: out beyond the money held, a deficit of 12.00 f.tsv:14586
V6 2026-01-29 support: 17659.00 held unspent since 2026-01-29, 396 days (more than 365) 
V6 2026-01-01 project: out beyond the money held, a deficit of 27.96 f.tsv:151
V6 2026-01-01 support: out beyond the money held, a deficit of 67.00 f.tsv:68
V7 2026-01-01 project: 12154.25 held unspent since 2026-01-01, 424 days (more than 365) 
V8 2026-01-01 project: 12098.74 held unspent since 2026-01-01, 424 days (more than 365) 
V9 2026-01-01 project: 12140.26 held unspent since 2026-01-01, 424 days (more than 365) 
funds.benefit-untraced 828
funds.idle 9
funds.overspend 7
funds.subsidy-missing 12
funds.unknown-household 600
rule 1
exit 1 same
fs-funds: f.tsv: read in order
exit 1 same 1
S1	V1	2026	not on the roster: support received 159456.00 in 2026, not judged
S3	V3	2026	not on the roster: support received 160946.00 in 2026, not judged
S4	V4	2026	not on the roster: support received 160638.00 in 2026, not judged
S6	V6	2026	not on the roster: support received 159316.00 in 2026, not judged
