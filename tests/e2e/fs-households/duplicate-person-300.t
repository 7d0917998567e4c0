# One ID number heads 300 households; its slot counts 1, 2, or 3 for 3
# or more (the rule asks for 2): every one of them is marked in the
# table and has its finding, and the others (no ID number) none.
$ awk 'BEGIN { OFS = "\t"; print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number"; for (i = 1; i <= 310; i++) print "H" i, "V01", "张三", 2, 20000, "not_poor", (i % 31 == 0 ? "" : "11010519491231002X") }' >h.tsv; fs-households --as-of 2026-06-30 h.tsv | grep -c duplicate-person; fs-households --as-of 2026-06-30 h.tsv | awk -F '\t' 'NR > 1 && $9 == "" { print $1 }'; fs-households --as-of 2026-06-30 --findings h.tsv | tail -n +2 | cut -f 2 | sort | uniq -c
>>> stdout
300
H31
H62
H93
H124
H155
H186
H217
H248
H279
H310
    300 households.duplicate-person
