#!/usr/bin/mawk -f
# benefits.awk - the awk peer of `fs-audit benefits --cadres`: its table,
# the same bytes on valid input.  It reads the cadres, then the benefits
# twice:
#
#   mawk -f bench/mawk/lib.awk -f bench/mawk/benefits.awk \
#       cadres.tsv benefits.tsv benefits.tsv
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
	out_pass = 3
	notice_days = 7
	yes["yes"] = yes["y"] = yes["1"] = yes["true"] = 1
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
	p = ""
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
	print $0 "\t" p
}
