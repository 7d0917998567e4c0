# attendance.min-days rounds the share of the year up: a window of 23
# working days (2026-01-01 to 2026-02-02, Monday to Friday) at 200 a
# year asks ceil(200 x 23 / 261) = ceil(17.62) = 18, so S1's 17 days in
# the village are short and S2's 18 are enough (min-days.t's 22-day
# window asks 17, which rounding down would give too).
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; n = 0; for (d = 1; d <= 31; d++) { w = (d + 3) % 7; if (w == 0 || w == 6) continue; n++; if (n <= 17) print "S1\t2026-01-" sprintf("%02d", d) "\tin_village"; if (n <= 18) print "S2\t2026-01-" sprintf("%02d", d) "\tin_village" } }' > a.tsv; fs-attendance --calendar none --as-of 2026-02-28 --roster r.tsv --policy p.tsv --findings a.tsv | cut -f 2,5,8; echo "exit $?"
<<< p.tsv
key	value
attendance.min_days	200
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left
S1	A	U	V01	2025-03-01	2027-02-28	2026-02-02
S2	B	U	V02	2025-03-01	2027-02-28	2026-02-02
>>> stdout
rule	entity_id	detail
attendance.min-days	S1	in village 17 days; 18 required (200 a year, for 23 of 261 working days)
attendance.unrecorded	S1	no record for 6 of 23 working days
attendance.unrecorded	S2	no record for 5 of 23 working days
exit 0
