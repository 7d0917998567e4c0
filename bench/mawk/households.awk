#!/usr/bin/mawk -f
# households.awk - the mawk peer of `fs-households`, reduced to the rules
# that look at one row: per_capita (annual_income / members in fen, rounded
# half away from zero) and no-helper, no-plan, lifted-below-line,
# lifted-unguaranteed, should-monitor, eligibility-review with the default
# policy.  It prints each row with per_capita and problems, as
# fs-households's table does.  It leaves out what needs the whole file
# (duplicate-person, helper-overload) and the checking of values.
#
#   mawk -f bench/mawk/households.awk households.tsv
#
# Amounts are turned into integer fen first, so the comparisons are exact
# (income < line x members) while the figures stay below 2^53.
BEGIN {
	FS = "\t"
	poverty = 400000; monitor = 600000; review = 800000	# fen
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
length($0) == 0 { next }
!hdr {
	hdr = 1
	for (i = 1; i <= NF; i++)
		col[$i] = i
	print $0 "\tper_capita\tproblems"
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
	if (pm && ("helper_id" in col ? $(col["helper_id"]) : "") == "")
		add("households.no-helper")
	if (pm && ("plan" in col ? $(col["plan"]) : "") == "")
		add("households.no-plan")
	if (st == "lifted" && f < poverty * m)
		add("households.lifted-below-line")
	if (st == "lifted") {
		for (g = 1; g <= ng; g++)
			if (!(gname[g] in col) || !(tolower($(col[gname[g]])) in yes))
				break
		if (g <= ng)
			add("households.lifted-unguaranteed")
	}
	if ((st == "lifted" || st == "not_poor") && f < monitor * m)
		add("households.should-monitor")
	if (st == "poor" && f >= review * m)
		add("households.eligibility-review")
	print $0 "\t" pc "\t" problems
}
