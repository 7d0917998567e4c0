# percent_closed is rounded half away from zero, but 100.0 only when every
# item is closed and 0.0 only when none is: 1999 of 2000 closed is 99.9
# (a village with an item still open is not one a 'grep 100.0' counts as
# done), 1 of 20000 is 0.1; fs-report computes it again alike.
$ awk 'BEGIN { OFS = "\t"; print "item_id", "village_id", "category", "problem", "opened", "measure", "responsible", "deadline", "closed", "evidence", "verified_by"; for (i = 0; i < 2000; i++) print "C" i, "VC", "c", "p", "2026-01-01", "m", "r", "2026-12-01", i < 1999 ? "2026-01-02" : "", "e", "v"; for (i = 0; i < 20000; i++) print "D" i, "VD", "c", "p", "2026-01-01", "m", "r", "2026-12-01", i < 1 ? "2026-01-02" : "", "e", "v"; for (i = 0; i < 3; i++) print "E" i, "VE", "c", "p", "2026-01-01", "m", "r", "2026-12-01", "2026-01-02", "e", "v" }' > r.tsv; fs-rectify --as-of 2026-02-01 --progress r.tsv > p.tsv; cat p.tsv; fs-rectify --as-of 2026-02-01 --chart r.tsv | grep '^V' | grep -o '[0-9.]*%'; echo 'tool	rule	severity	entity	entity_id	village_id	period	detail	source' > none.findings; fs-report --as-of 2026-02-01 --progress p.tsv none.findings | sed -n '/^Rectification progress/,$p' | grep -E '^ *V' | sed 's/  */ /g'
>>> stdout
village_id	total	closed	open	overdue	percent_closed
VC	2000	1999	1	0	99.9
VD	20000	1	19999	0	0.1
VE	3	3	0	0	100.0
99.9%
0.1%
100.0%
 VC 2000 1999 0 99.9
 VD 20000 1 0 0.1
 VE 3 3 0 100.0
