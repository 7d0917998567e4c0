# A large first file read again on threads, and a later file that adds a
# column in another order: every row has the table's columns (the first
# file's rows an empty 'note'), far per_capita values included; --jobs 1
# and 3 and the first file from standard input give the same bytes.
$ sh run.sh
<<< run.sh
awk 'BEGIN { OFS = "\t"; print "household_id", "village_id", "head_name", "members", "annual_income", "status"; for (i = 0; i < 6000; i++) print "A" i, "V" (i % 7), "n", 1 + i % 4, (i % 500 == 0 ? "90000000.00" : 1000 + i), "not_poor" }' > a.tsv
awk 'BEGIN { OFS = "\t"; print "note", "status", "annual_income", "members", "head_name", "village_id", "household_id"; for (i = 0; i < 3000; i++) print "x" i, "not_poor", 2000 + i, 2, "m", "W" (i % 5), "B" i }' > b.tsv
for j in 1 3; do fs-households -j $j --as-of 2026-06-30 a.tsv b.tsv > out.$j; echo "exit $?"; done
cat a.tsv | fs-households --as-of 2026-06-30 - b.tsv > out.p; echo "exit $?"
cmp out.1 out.3 && cmp out.1 out.p && echo same
head -n 1 out.1
awk -F '\t' 'NR == 1 { n = NF } NF != n { bad++ } END { print NR - 1 " rows, " bad + 0 " with another field count" }' out.1
awk -F '\t' 'NR > 1 && $1 ~ /^A/ && $7 != "" { bad++ } NR > 1 && $1 ~ /^B/ && $7 !~ /^x/ { bad++ } END { print bad + 0 " notes out of place" }' out.1
sed -n '2p;502p;6001p;6002p;9001p' out.1
>>> stdout
exit 0
exit 0
exit 0
same
household_id	village_id	head_name	members	annual_income	status	note	per_capita	problems
9000 rows, 0 with another field count
0 notes out of place
A0	V0	n	1	90000000.00	not_poor		90000000.00	
A500	V3	n	1	90000000.00	not_poor		90000000.00	
A5999	V0	n	4	6999	not_poor		1749.75	households.should-monitor
B0	W0	m	2	2000	not_poor	x0	1000.00	households.should-monitor
B2999	W4	m	2	4999	not_poor	x2999	2499.50	households.should-monitor
