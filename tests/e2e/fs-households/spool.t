# A register larger than the spool's memory (4 MB) read from a pipe: the
# rows go through a temporary file and come back whole and in order, and
# the first row learns of its duplicate head from the last.
$ awk 'BEGIN { OFS = "\t"; print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number", "note"; n = sprintf("%100s", ""); for (i = 1; i <= 45000; i++) print "H" i, "V01", "张三", 2, 50000, "not_poor", (i == 1 || i == 45000 ? "11010519491231002X" : ""), n }' | fs-households --as-of 2026-06-30 | awk -F '\t' 'NR > 1 && (NF != 10 || $1 != "H" (NR - 1) || $8 != sprintf("%100s", "") || $9 != "25000.00") { bad++ } NR <= 2 || NR >= 45000 { print $1, $9, $10 } END { print NR, "rows,", bad + 0, "bad" }'
>>> stdout
household_id per_capita problems
H1 25000.00 households.duplicate-person
H44999 25000.00 
H45000 25000.00 households.duplicate-person
45001 rows, 0 bad
