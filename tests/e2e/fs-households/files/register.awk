# register.awk: a generated register for the cases that need a large one.
# -v n=ROWS, from=FIRST (household H<from> on), crlf=1 (CRLF on the header
# and every other row), bom=1, long=ROW (that row's plan is 1.5 MB).
# Every 97th head shares one ID number, helpers P0-P10 are overloaded,
# and a blank line follows every 1000th row.  The long plan is built by
# doubling, not by sprintf(), whose buffer mawk limits to 8 KB.
function spaces(k,    s, c) {
	s = ""
	for (c = " "; k > 0; k = int(k / 2)) {
		if (k % 2)
			s = s c
		c = c c
	}
	return s
}
BEGIN {
	OFS = "\t"
	printf "%s", (bom ? "\357\273\277" : "")
	print "household_id", "village_id", "head_name", "members", "annual_income", "status", "head_id_number", "helper_id", "plan" (crlf ? "\r" : "")
	for (i = from; i < from + n; i++) {
		plan = i == long ? spaces(1500000 - 6) "计划" : "产业帮扶"
		head = i % 97 == 0 ? "11010519491231002X" : ""
		st = i % 3 == 0 ? "poor" : i % 3 == 1 ? "monitored" : "not_poor"
		print "H" i, "V" (i % 7), "张三", 1 + i % 5, (i * 37) % 90000 "." (i % 100 < 10 ? "0" : "") i % 100, st, head, "P" (i % 11), plan ((crlf && i % 2) ? "\r" : "")
		if (i % 1000 == 0)
			print ""
	}
}
