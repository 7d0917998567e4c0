# benefits.awk: generated benefit grants for the cases that need many
# rows.  -v n=ROWS, crlf=1 (CRLF on the header and every other row),
# bom=1, extra=1 (an eleventh column, note).  Grants repeat for one ID
# number (x = X) and program in a year, notices are short, and relatives
# of the cadres in cadres.tsv (see the case) go undeclared or unfiled;
# every 40th row is invalid (an ID number whose check digit is wrong)
# and a blank line follows every 1000th.
BEGIN {
	OFS = "\t"
	split("620521196503121018 620521197011051089 620521194809201150 620521195801011226 11010119870707100X 11010119870707100x", idn, " ")
	split("dibao coal food 低保", prog, " ")
	printf "%s", (bom ? "\357\273\277" : "")
	print "household_id", "village_id", "program", "id_number", "notice_start", "notice_end", "granted", "amount", "cadre_relative", "filed" (extra ? "\tnote" : "") (crlf ? "\r" : "")
	for (i = 1; i <= n; i++) {
		id = i % 5 == 0 ? idn[1 + i % 6] : sprintf("1101011980%02d%02d%03d", 1 + i % 12, 1 + i % 28, i % 1000)
		if (i % 5 != 0) {
			# the check digit (GB 11643)
			split("7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2", w, " ")
			s = 0
			for (k = 1; k <= 17; k++)
				s += substr(id, k, 1) * w[k]
			id = id substr("10X98765432", s % 11 + 1, 1)
		}
		if (i % 40 == 0)
			id = "110101198001010011"
		m = 1 + i % 12
		ns = sprintf("2026-%02d-01", m)
		ne = sprintf("2026-%02d-%02d", m, i % 3 == 0 ? 4 : 7)
		gr = sprintf("2026-%02d-%02d", m, i % 7 == 0 ? 5 : 9)
		rel = i % 11 == 0 ? "yes" : i % 13 == 0 ? "no" : ""
		fil = i % 17 == 0 ? "yes" : ""
		print "H" i, "V" (i % 7), prog[1 + i % 4], id, ns, ne, gr, (i % 900) ".00", rel, fil (extra ? "\t备注" : "") ((crlf && i % 2) ? "\r" : "")
		if (i % 1000 == 0)
			print ""
	}
}
