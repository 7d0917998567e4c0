# lib.awk - what the peers of fs-audit share (benefits.awk, decisions.awk,
# conduct.awk), given first: mawk -f bench/mawk/lib.awk -f X.awk FILES.
#
# Each file read counts a pass; empty lines are passed over; a file's
# header line fills col[] (name -> field) and, on the pass that writes
# the table (out_pass, set by the peer's BEGIN), is printed with the
# column problems after it.  add() puts a rule into p, the row's
# problems; field() is a column's field, or empty without the column;
# days() gives a YYYY-MM-DD date's days since 1970-01-01
# (proleptic Gregorian).
function days(s,    y, m, d, era, yoe, doy) {
	y = substr(s, 1, 4) + 0
	m = substr(s, 6, 2) + 0
	d = substr(s, 9, 2) + 0
	if (m <= 2)
		y--
	era = int((y >= 0 ? y : y - 399) / 400)
	yoe = y - era * 400
	doy = int((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
	return era * 146097 + yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy - 719468
}
function add(r) { p = p == "" ? r : p "," r }
function field(name) { return name in col ? $(col[name]) : "" }
FNR == 1 { pass++ }
length($0) == 0 { next }
!hdr[pass] {
	hdr[pass] = 1
	delete col
	for (i = 1; i <= NF; i++)
		col[$i] = i
	if (pass == out_pass)
		print $0 "\tproblems"
	next
}
