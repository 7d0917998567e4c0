#!/usr/bin/mawk -f
# households.awk - the awk peer of `fs-households`: its table, the same
# bytes on valid input.  It reads the file twice:
#
#   mawk -f bench/mawk/households.awk households.tsv households.tsv
#
# The first pass counts, per head_id_number (x = X), the households it
# heads, and per helper_id the poor or monitored households it helps; the
# second prints each row with per_capita (annual_income / members in fen,
# rounded half away from zero) and problems, in fs-households's order:
# no-helper, no-plan, lifted-below-line, lifted-unguaranteed,
# should-monitor, eligibility-review, duplicate-person, helper-overload,
# with the default policy.  It checks no values (fs-households does).
#
# Amounts are turned into integer fen first, so the comparisons are exact
# (income < line x members) while the figures stay below 2^53.
BEGIN {
	FS = "\t"
	poverty = 400000; monitor = 600000; review = 800000	# fen
	max_per_helper = 5
	ng = split("food_clothing education medical housing water", gname, " ")
	yes["yes"] = yes["y"] = yes["1"] = yes["true"] = 1
}
function fen(s,    neg, i, ip, fp) {
	neg = substr(s, 1, 1) == "-"
	if (neg)
		s = substr(s, 2)
	i = index(s, ".")
	if (i == 0)
		return (neg ? -1 : 1) * s * 100
	ip = substr(s, 1, i - 1)
	fp = substr(s, i + 1)
	if (length(fp) == 1)
		fp = fp "0"
	return (neg ? -1 : 1) * (ip * 100 + fp)
}
function add(r) { problems = problems == "" ? r : problems "," r }
function field(name) { return name in col ? $(col[name]) : "" }
FNR == 1 { pass++ }
length($0) == 0 { next }
!hdr[pass] {
	hdr[pass] = 1
	for (i = 1; i <= NF; i++)
		col[$i] = i
	if (pass == 2)
		print $0 "\tper_capita\tproblems"
	next
}
pass == 1 {
	id = toupper(field("head_id_number"))
	if (id != "")
		heads[id]++
	st = $(col["status"])
	h = field("helper_id")
	if ((st == "poor" || st == "monitored") && h != "")
		helped[h]++
	next
}
{
	m = $(col["members"]) + 0
	f = fen($(col["annual_income"]))
	st = $(col["status"])
	a = f < 0 ? -f : f
	q = int((2 * a + m) / (2 * m))
	if (f < 0 && q > 0)
		pc = sprintf("-%d.%02d", int(q / 100), q % 100)
	else
		pc = sprintf("%d.%02d", int(q / 100), q % 100)
	problems = ""
	pm = st == "poor" || st == "monitored"
	h = field("helper_id")
	if (pm && h == "")
		add("households.no-helper")
	if (pm && field("plan") == "")
		add("households.no-plan")
	if (st == "lifted" && f < poverty * m)
		add("households.lifted-below-line")
	if (st == "lifted") {
		for (g = 1; g <= ng; g++)
			if (!(tolower(field(gname[g])) in yes))
				break
		if (g <= ng)
			add("households.lifted-unguaranteed")
	}
	if ((st == "lifted" || st == "not_poor") && f < monitor * m)
		add("households.should-monitor")
	if (st == "poor" && f >= review * m)
		add("households.eligibility-review")
	id = toupper(field("head_id_number"))
	if (id != "" && heads[id] > 1)
		add("households.duplicate-person")
	if (pm && h != "" && helped[h] > max_per_helper)
		add("households.helper-overload")
	print $0 "\t" pc "\t" problems
}
