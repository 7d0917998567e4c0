# Each conflict located reads the input again up to it, so a run stops
# looking once the bytes read again would pass 64 MB and four times the
# input read so far: here each of 50 conflicts after 2 MB of rows costs
# 2 MB, and past the 36th the message says "on an earlier row" (not
# LOCATE_MAX's 100).  The allowance grows with the input: after 2 MB
# more, a conflict is located again.  Split in two files, the input
# read so far counts the first file whole.
$ awk 'BEGIN { OFS = "\t"; print "secretary_id", "date", "status", "note"; pad = sprintf("%1000s", ""); gsub(/ /, "x", pad); for (i = 1; i <= 2000; i++) print "T" i, "2026-01-05", "in_village", pad; for (s = 1; s <= 50; s++) print "S" s, "2026-01-05", "in_village", ""; for (s = 1; s <= 50; s++) print "S" s, "2026-01-05", "absent", ""; for (i = 1; i <= 2000; i++) print "U" i, "2026-01-05", "in_village", pad; print "S1", "2026-01-05", "leave", "" }' > c.tsv; fs-check -t attendance --rejects rj.tsv c.tsv; echo "exit $?"; cut -f 1,2 rj.tsv | sed -n '2p;37,38p;51,52p'; cut -f 2 rj.tsv | awk 'NR > 1 { n[/ at c.tsv:/ ? "located" : "not located"]++ } END { print n["located"] " located, " n["not located"] " not" }'; head -n 2051 c.tsv > a.tsv; { head -n 1 c.tsv; sed -n '2052,2101p' c.tsv; } > b.tsv; fs-check -t attendance --rejects rj2.tsv a.tsv b.tsv > /dev/null 2>&1; cut -f 1,2 rj2.tsv | sed -n '37,38p'
>>> stdout
file	type	rows	invalid
c.tsv	attendance	4101	51
exit 3
c.tsv:2052	conflicts with 'in_village' at c.tsv:2002 for the same secretary_id and date (got 'absent')
c.tsv:2087	conflicts with 'in_village' at c.tsv:2037 for the same secretary_id and date (got 'absent')
c.tsv:2088	conflicts with 'in_village' on an earlier row for the same secretary_id and date (got 'absent')
c.tsv:2101	conflicts with 'in_village' on an earlier row for the same secretary_id and date (got 'absent')
c.tsv:4102	conflicts with 'in_village' at c.tsv:2002 for the same secretary_id and date (got 'leave')
37 located, 14 not
b.tsv:37	conflicts with 'in_village' at a.tsv:2037 for the same secretary_id and date (got 'absent')
b.tsv:38	conflicts with 'in_village' on an earlier row for the same secretary_id and date (got 'absent')
>>> stderr
fs-check: 51 invalid rows written to rj.tsv
