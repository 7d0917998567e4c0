# households.duplicate-person among 3000 heads (the table of ID numbers
# grows several times): the first head is repeated by the last row, an
# ID number with the check digit X by one with x, and no other household
# is marked, though many numbers differ in one digit only.  The findings
# name the first household of each (its record found again after the
# table has grown), from a file and from a pipe (the table doubling).
$ awk 'BEGIN { OFS = "\t"; split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number"; for (i = 0; i < 3000; i++) { s = sprintf("110105%04d%02d%02d%03d", 1950 + i % 50, 1 + int(i / 50) % 12, 1 + int(i / 600), i % 7); sum = 0; for (j = 1; j <= 17; j++) sum += substr(s, j, 1) * w[j]; id = s substr("10X98765432", sum % 11 + 1, 1); if (i == 0) first = id; if (x == "" && id ~ /X$/) x = id; print "H" (i + 1), "V01", "张三", 2, 20000, "not_poor", id } sub(/X$/, "x", x); print "H3001", "V02", "李四", 2, 20000, "not_poor", first; print "H3002", "V02", "李四", 2, 20000, "not_poor", x }' >h.tsv; fs-households --as-of 2026-06-30 h.tsv | grep -c duplicate-person; fs-households --as-of 2026-06-30 h.tsv | awk -F '\t' '$9 != "" { print $1, $7, $9 }'; fs-households --as-of 2026-06-30 --findings h.tsv > f1; cat h.tsv | fs-households --as-of 2026-06-30 --findings - | sed 's/<stdin>/h.tsv/g' | cmp - f1 && echo same; cut -f 5,6,8,9 f1
>>> stdout
4
household_id head_id_number problems
H1 110105195001010004 households.duplicate-person
H2 11010519510101001X households.duplicate-person
H3001 110105195001010004 households.duplicate-person
H3002 11010519510101001x households.duplicate-person
same
entity_id	village_id	detail	source
H1	V01	head ID number 110105********0004 also heads household H3001 (h.tsv:3002)	h.tsv:2
H2	V01	head ID number 110105********001X also heads household H3002 (h.tsv:3003)	h.tsv:3
H3001	V02	head ID number 110105********0004 also heads household H1 (h.tsv:2)	h.tsv:3002
H3002	V02	head ID number 110105********001X also heads household H2 (h.tsv:3)	h.tsv:3003
