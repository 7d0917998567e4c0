# With --roster, a finding's village_id is the roster's for its day: of
# the secretary's postings that hold it, the latest begun; else the
# latest begun before it; else the first.  S1 has 12 postings, listed out
# of order: a day in a posting nested in another (2023-03-15: V05 begun
# after V04), after a posting left early (2024-03-15: V06, the latest
# begun before it), before them all (2018-05-01: V11, the first), after
# them all (2029-01-01: V12).  A secretary with more than 8 postings
# has them searched as a tree of their ends.  Then 40,000 postings of
# one day each, listed in reverse with one far in the future first, and
# a finding on each day: each names its own posting's village (sorting the
# roster as it was read, and a walk through the postings for each
# finding, were each quadratic: 4 s in all).
$ fs-audit conduct --rules none --roster ro.tsv --findings --as-of 2030-01-01 c.tsv | cut -f 2,5-7; awk -f many.awk; fs-audit conduct --rules none --roster ro2.tsv --findings --as-of 2200-01-01 c2.tsv > f2.tsv; echo "exit $?"; awk -F '\t' 'NR == FNR { if (FNR > 1) want[$5] = $4; next } FNR > 1 { n++; if (want[$7] == $6) ok++ } END { print n, "findings,", ok, "in their posting'"'"'s village" }' ro2.tsv f2.tsv
<<< ro.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	甲	u	V08	2026-01-01	2026-12-31	
S1	甲	u	V01	2020-01-01	2020-12-31	
S1	甲	u	V05	2023-03-01	2023-04-30	
S1	甲	u	V12	2028-01-01	2028-12-31	
S1	甲	u	V02	2021-01-01	2021-12-31	
S1	甲	u	V04	2023-01-01	2023-06-30	
S1	甲	u	V03	2022-01-01	2022-12-31	
S1	甲	u	V06	2024-01-01	2024-12-31	2024-02-29
S1	甲	u	V09	2026-06-01	2026-06-30	
S1	甲	u	V07	2025-01-01	2025-12-31	
S1	甲	u	V11	2019-01-01	2019-12-31	
S1	甲	u	V10	2027-01-01	2027-12-31	
S2	乙	u	V20	2020-01-01	2030-12-31	
<<< c.tsv
date	secretary_id	kind	amount	settled	note
2018-05-01	S1	meal	30.00	no	x
2019-06-01	S1	meal	30.00	no	x
2023-03-15	S1	meal	30.00	no	x
2023-05-15	S1	meal	30.00	no	x
2024-03-15	S1	meal	30.00	no	x
2026-06-15	S1	meal	30.00	no	x
2026-07-01	S1	meal	30.00	no	x
2029-01-01	S1	meal	30.00	no	x
<<< many.awk
function day(i) { return sprintf("%04d-%02d-%02d", 2024 + int(i / 336), 1 + int(i / 28) % 12, 1 + i % 28) }
BEGIN {
	OFS = "\t"
	print "secretary_id", "name", "sending_unit", "village_id", "term_start", "term_end" > "ro2.tsv"
	print "date", "secretary_id", "kind", "amount", "settled", "note" > "c2.tsv"
	print "S1", "甲", "u", "VX", "2199-12-01", "2199-12-31" > "ro2.tsv"
	for (i = 39999; i >= 0; i--)
		print "S1", "甲", "u", "V" i, day(i), day(i) > "ro2.tsv"
	for (i = 0; i < 40000; i++)
		print day(i), "S1", "meal", "30.00", "no", "x" > "c2.tsv"
}
>>> stdout
rule	entity_id	village_id	period
audit.unpaid-meal	S1	V04	2023-05-15
audit.unpaid-meal	S1	V05	2023-03-15
audit.unpaid-meal	S1	V06	2024-03-15
audit.unpaid-meal	S1	V08	2026-07-01
audit.unpaid-meal	S1	V09	2026-06-15
audit.unpaid-meal	S1	V11	2018-05-01
audit.unpaid-meal	S1	V11	2019-06-01
audit.unpaid-meal	S1	V12	2029-01-01
exit 1
40000 findings, 40000 in their posting's village
