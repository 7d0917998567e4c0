#!/usr/bin/mawk -f
# benefits.awk - the awk peer of `fs-audit benefits --cadres`: its table,
# the same bytes on valid input.  It reads the cadres, then the benefits
# twice:
#
#   mawk -f bench/mawk/benefits.awk cadres.tsv benefits.tsv benefits.tsv
#
# The cadres give the relatives' ID numbers (x = X).  The first pass over
# the benefits counts the rows of each ID number, program and year of
# granted; the second prints each row with problems, in fs-audit's order:
# notice-short (the notice up fewer than 7 days, end and start counted),
# granted-before-notice-end, relative-not-filed, relative-undeclared,
# duplicate-benefit, with the default policy.  It checks no values
# (fs-audit does): dates are taken to be YYYY-MM-DD.
BEGIN {
	FS = "\t"
	notice_days = 7
	yes["yes"] = yes["y"] = yes["1"] = yes["true"] = 1
}
# Days since 1970-01-01 of a YYYY-MM-DD date (proleptic Gregorian).
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
function add(r) { problems = problems == "" ? r : problems "," r }
function field(name) { return name in col ? $(col[name]) : "" }
FNR == 1 { pass++ }
length($0) == 0 { next }
!hdr[pass] {
	hdr[pass] = 1
	delete col
	for (i = 1; i <= NF; i++)
		col[$i] = i
	if (pass == 3)
		print $0 "\tproblems"
	next
}
pass == 1 {
	cadre[toupper(field("relative_id_number"))] = 1
	next
}
pass == 2 {
	groups[toupper($(col["id_number"])) SUBSEP $(col["program"]) SUBSEP \
	    substr($(col["granted"]), 1, 4)]++
	next
}
{
	problems = ""
	id = toupper($(col["id_number"]))
	ns = $(col["notice_start"])
	ne = $(col["notice_end"])
	g = $(col["granted"])
	if (days(ne) - days(ns) + 1 < notice_days)
		add("audit.notice-short")
	if (g <= ne)
		add("audit.granted-before-notice-end")
	rel = tolower(field("cadre_relative")) in yes
	if ((id in cadre || rel) && !(tolower(field("filed")) in yes))
		add("audit.relative-not-filed")
	if (id in cadre && !rel)
		add("audit.relative-undeclared")
	if (groups[id SUBSEP $(col["program"]) SUBSEP substr(g, 1, 4)] > 1)
		add("audit.duplicate-benefit")
	print $0 "\t" problems
}
