# A secretary's years are a list, latest first; once an id's walks down
# it pass 4,096 years in all, the id gets an index by year (common/keys.c
# year_get()), so that rows of a year far down the list do not walk it
# (rows whose years climb, each followed by a row of the first year: 3.5
# s for 1.5M rows, now 0.1).  Years 0003, 0008 ... 9998 come climbing,
# then 9997 ... 0002 falling; a conflict on any of them names the
# earlier row, and fs-attendance counts a year of each kind.  (This file
# is read by one thread: a merge of two threads' maps is
# attendance-many-years-jobs.t.)
$ sh run.sh
<<< run.sh
awk 'BEGIN { print "secretary_id\tdate\tstatus"
	for (y = 3; y <= 9999; y += 5) {
		printf "S1\t%04d-03-%02d\tin_village\n", y, y % 28 + 1
		printf "S1\t0001-01-%02d\tin_village\n", y % 28 + 1
	}
	for (y = 9997; y >= 0; y -= 5)
		printf "S1\t%04d-05-%02d\tleave\n", y, y % 28 + 1
	for (y = 3; y <= 9999; y += 2000)
		printf "S1\t%04d-03-%02d\tabsent\n", y, y % 28 + 1
	for (y = 9997; y >= 0; y -= 2500)
		printf "S1\t%04d-05-%02d\tin_village\n", y, y % 28 + 1 }' > y.tsv
fs-check -j 1 -t attendance --rejects rj1.tsv y.tsv; cut -f 1,2 rj1.tsv
fs-check -j 2 -t attendance --rejects rj2.tsv y.tsv > /dev/null 2>&1; cmp rj1.tsv rj2.tsv && echo same
for y in 2028 2032; do fs-attendance --calendar none --year $y --as-of 9999-12-31 --rejects rj3.tsv y.tsv; done 2>/dev/null | cut -f 1,2,5,8 | uniq
>>> stdout
file	type	rows	invalid
y.tsv	attendance	6009	9
source	reason
y.tsv:6002	conflicts with 'in_village' at y.tsv:2 for the same secretary_id and date (got 'absent')
y.tsv:6003	conflicts with 'in_village' at y.tsv:802 for the same secretary_id and date (got 'absent')
y.tsv:6004	conflicts with 'in_village' at y.tsv:1602 for the same secretary_id and date (got 'absent')
y.tsv:6005	conflicts with 'in_village' at y.tsv:2402 for the same secretary_id and date (got 'absent')
y.tsv:6006	conflicts with 'in_village' at y.tsv:3202 for the same secretary_id and date (got 'absent')
y.tsv:6007	conflicts with 'leave' at y.tsv:4002 for the same secretary_id and date (got 'in_village')
y.tsv:6008	conflicts with 'leave' at y.tsv:4502 for the same secretary_id and date (got 'in_village')
y.tsv:6009	conflicts with 'leave' at y.tsv:5002 for the same secretary_id and date (got 'in_village')
y.tsv:6010	conflicts with 'leave' at y.tsv:5502 for the same secretary_id and date (got 'in_village')
same
secretary_id	year	in_village_days	leave_days
S1	2028	1	0
secretary_id	year	in_village_days	leave_days
S1	2032	0	1
>>> stderr
fs-check: 9 invalid rows written to rj1.tsv
