# The tables of household_ids and of heads grow ahead of the keys that a
# regular file's size promises; here the first rows are short and the
# later ones long, so the promise is far too large, and growth is capped.
# Every repeat is still found, the first household included.
$ awk 'BEGIN { OFS = "\t"; split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " "); long = sprintf("%3000s", ""); print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number", "note"; for (i = 0; i < 4000; i++) { s = sprintf("110105%04d%02d%02d%03d", 1950 + i % 50, 1 + int(i / 50) % 12, 1 + int(i / 600), i % 7); sum = 0; for (j = 1; j <= 17; j++) sum += substr(s, j, 1) * w[j]; id = s substr("10X98765432", sum % 11 + 1, 1); if (i == 0) first = id; print "H" i, "V", "N", 1, 9000, "not_poor", id, (i < 1000 ? "" : long) } print "H3999", "V", "N", 1, 9000, "not_poor", "", ""; print "H4000", "V", "N", 1, 9000, "not_poor", first, "" }' >h.tsv; fs-households --as-of 2026-06-30 --rejects bad.tsv h.tsv | awk -F '\t' 'NR > 1 && $10 != "" { print $1, $10 } END { print NR - 1, "rows" }'; cut -f 1,2 bad.tsv
>>> stdout
H0 households.duplicate-person
H4000 households.duplicate-person
4001 rows
source	reason
h.tsv:4002	the same household_id as h.tsv:4001 (got 'H3999')
>>> stderr
fs-households: 1 invalid row written to bad.tsv
