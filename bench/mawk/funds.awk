#!/usr/bin/mawk -f
# funds.awk - the mawk peer of `fs-funds --as-of YEAR-12-31 funds.tsv`
# without a roster, reduced to its per-secretary sums: for every
# secretary_id on a row dated in the year, support_in (support rows of flow
# in) and the three subsidies (rows of flow in), then the status of a
# complete whole-year window (short below 10000.00, else ok).  Columns are
# found by name.  Rows are listed in the order secretaries first appear
# (fs-funds sorts them); the ledger rules (FIFO) are not done here.
#
#   mawk -v year=2026 -f bench/mawk/funds.awk funds.tsv
BEGIN {
	FS = "\t"
	if (year == "")
		year = 2026
	min = 10000
	n = 0
}
length($0) == 0 { next }                  # empty lines are skipped
!hdr {                                    # the header: first non-empty line
	for (i = 1; i <= NF; i++)
		col[$i] = i
	cd = col["date"]; cc = col["category"]; cf = col["flow"]
	ca = col["amount"]; cs = col["secretary_id"]
	hdr = 1
	next
}
substr($cd, 1, 4) == year && $cs != "" {
	s = $cs
	if (!(s in seen)) {
		seen[s] = 1
		order[++n] = s
	}
	if ($cf != "in")
		next
	c = $cc
	if (c == "support")
		sup[s] += $ca
	else if (c == "living_subsidy")
		liv[s] += $ca
	else if (c == "transport_subsidy")
		tra[s] += $ca
	else if (c == "communication_subsidy")
		com[s] += $ca
}
END {
	print "secretary_id\tyear\tsupport_in\tsupport_required\tliving_subsidy\ttransport_subsidy\tcommunication_subsidy\tstatus"
	for (i = 1; i <= n; i++) {
		s = order[i]
		printf "%s\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%s\n", s, year,
		    sup[s], min, liv[s], tra[s], com[s],
		    sup[s] < min ? "short" : "ok"
	}
}
