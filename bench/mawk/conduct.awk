#!/usr/bin/mawk -f
# conduct.awk - the awk peer of `fs-audit conduct --rules
# bench/conduct-rules.tsv`: its table, the same bytes on valid input.
#
#   mawk -f bench/mawk/lib.awk -f bench/mawk/conduct.awk \
#       bench/conduct-rules.tsv conduct.tsv
#
# The rules file's patterns are alternations of words, which PCRE2 and
# awk's regular expressions read alike (the installed rules.tsv's
# look-arounds and \b no awk has).  Each row is printed as it is read,
# with problems in fs-audit's order: unpaid-meal, gift, reimbursement,
# forbidden (banquet, gambling, superstition), then each keyword rule
# that matches the note, in the rules file's order.  A missing settled
# is not settled.  It checks no values (fs-audit does).
BEGIN {
	FS = "\t"
	out_pass = 2
	yes["yes"] = yes["y"] = yes["1"] = yes["true"] = 1
	forbidden["banquet"] = forbidden["gambling"] = forbidden["superstition"] = 1
}
pass == 1 {
	nrules++
	rname[nrules] = $(col["rule"])
	rpat[nrules] = $(col["pattern"])
	next
}
{
	p = ""
	k = $(col["kind"])
	s = "settled" in col && tolower($(col["settled"])) in yes
	if (k == "meal" && !s)
		add("audit.unpaid-meal")
	if (k == "gift" && !s)
		add("audit.gift")
	if (k == "reimbursement" && !s)
		add("audit.reimbursement")
	if (k in forbidden)
		add("audit.forbidden")
	if ("note" in col) {
		note = $(col["note"])
		for (i = 1; i <= nrules; i++)
			if (note ~ rpat[i])
				add("audit.keyword." rname[i])
	}
	print $0 "\t" p
}
