# --jobs against one thread on 5 random ledgers big enough to be read in
# parts (about 20,000 rows, 1 MB): rows in date order over 1 to 8
# villages, money in and out at random, some benefits without a trace
# or to a household not in the register; in two of them a row dated
# back a few days, which sends the file back to the reading in order.
# The as-of date is half a year after the last row, so that money held
# from the first months is idle.  With 2, 3 and 7 threads, with and
# without --rejects, for the table, --balances, --findings and
# --households, every output, message and exit status must be one
# thread's.
$ sh "$FS_TOP/tests/jobs-same.sh" 5
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed + 1)
	OFS = "\t"
	print "date", "village_id", "category", "flow", "amount", "secretary_id", "source", "household_id", "notice_ref", "ref", "note"
	split("support project collective benefit living_subsidy transport_subsidy communication_subsidy medical_exam accident_insurance", cat, " ")
	nv = 1 + int(rand() * 8); bias = 0.3 + rand() * 0.4
	back = seed % 3 == 1 ? int(rand() * 20000) : -1
	d = 0
	for (k = 0; k < 20000; k++) {
		if (rand() < 0.015 && d < 364)
			d++
		dd = k == back && d > 5 ? d - 5 : d
		m = 1; day = dd
		while (day >= 28) { day -= 28; m++ }
		date = sprintf("2026-%02d-%02d", m, day + 1)
		ci = 1 + int(rand() * 9); c = cat[ci]
		fl = rand() < bias ? "in" : "out"
		if (ci >= 5) fl = "in"
		if (ci == 4) fl = "out"
		w = 1 + int(rand() * nv)
		s = ci == 1 || ci >= 5 ? "S" w : ""
		hh = ci == 4 && rand() < 0.95 ? "H" int(rand() * 9) : ""
		nref = ci == 4 && rand() < 0.97 ? "N" k : ""
		print date, "V" w, c, fl, sprintf("%d.%02d", 1 + int(rand() * 900), int(rand() * 100)), s, "县财政局", hh, nref, "R" k, ""
	}
}'
<<< run.sh
j=$1; shift
for opt in "" "--balances" "--findings" "--findings --households hh.tsv"; do
	: > rej.tsv
	fs-funds --jobs $j --as-of 2027-06-30 --year 2026 $opt "$@" f.tsv
	echo "exit $?"
	cat rej.tsv
done
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V1	甲	3	1000.00	poor
H2	V2	乙	2	900.00	poor
H3	V3	丙	4	1200.00	poor
>>> stdout
5 same
