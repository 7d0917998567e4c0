# decisions.awk: generated decisions for the cases that need many rows.
# -v n=ROWS, from=FIRST (decision D<from> on), crlf=1 (CRLF on the header
# and every other row), bom=1, long=ROW (that row's ref is 1.5 MB),
# extra=1 (a tenth column, note), bad=1 (every 50th row invalid: a date
# that is no day).  Each decision has up to six stages, some skipped,
# some out of order, some failed votes; a blank line follows every
# 1000th row.
# The long ref is built by doubling, not by sprintf(), whose buffer mawk
# limits to 8 KB.
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
	split("proposal consultation review resolution announce_resolution announce_result", st, " ")
	printf "%s", (bom ? "\357\273\277" : "")
	print "decision_id", "village_id", "stage", "date", "ref", "eligible", "attendees", "votes_for", "amount" (extra ? "\tnote" : "") (crlf ? "\r" : "")
	row = 0
	for (i = from; i < from + n; i++) {
		for (s = 1; s <= 6; s++) {
			if ((i + s) % 7 == 0)
				continue
			row++
			day = 1 + (s * 3 + i) % 28
			if (i % 11 == 0 && s == 2)
				day = 28
			date = "2026-0" (1 + i % 9) "-" (day < 10 ? "0" : "") day
			if (bad && row % 50 == 0)
				date = "2026-02-30"
			ref = row == long ? spaces(1500000 - 6) "决议" : "土地流转"
			el = at = vf = ""
			if (s == 4) {
				el = 30; at = 14 + i % 17; vf = i % 5 == 0 ? 3 : at
			}
			print "D" i, "V" (i % 7), st[s], date, ref, el, at, vf, (i % 1000) ".50" (extra ? "\t备注" : "") ((crlf && row % 2) ? "\r" : "")
			if (row % 1000 == 0)
				print ""
		}
	}
}
