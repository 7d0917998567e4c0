#!/usr/bin/mawk -f
# check-attendance.awk - the awk peer of `fs-check --type attendance`: the
# same checks of each row, and the same counts.  Prints
#
#	rows	invalid
#	N	M
#
# where N counts the data lines and M the invalid rows, as fs-check's
# table does (its columns 3 and 4).  A row is invalid when its field
# count is not the header's, when secretary_id is not an id (1-64
# printable bytes), when date is not a real YYYY-MM-DD, when status is not
# one of the six words, or when an earlier row gave the same secretary
# and date another status; a repeat with the same status is passed over.
# Not checked, unlike fs-check: UTF-8, NUL bytes, escapes in ids.
# Memory: one array entry per (secretary, date) - awk has no day map.
#
#   mawk -f bench/mawk/check-attendance.awk attendance.tsv
BEGIN {
	FS = "\t"
	split("31 28 31 30 31 30 31 31 30 31 30 31", dim, " ")
	split("in_village village_business training leave sending_unit absent", w, " ")
	for (i in w)
		status[w[i]] = 1
}
function real_date(s,    y, m, d) {
	if (s !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/)
		return 0
	y = substr(s, 1, 4) + 0; m = substr(s, 6, 2) + 0; d = substr(s, 9, 2) + 0
	if (m < 1 || m > 12 || d < 1)
		return 0
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return d <= 29
	return d <= dim[m]
}
length($0) == 0 { next }
!nf {
	nf = NF
	for (i = 1; i <= NF; i++)
		col[$i] = i
	cs = col["secretary_id"]; cd = col["date"]; ct = col["status"]
	next
}
{
	rows++
	if (NF != nf || $cs !~ /^[!-~]+$/ || length($cs) > 64 ||
	    !real_date($cd) || !($ct in status)) {
		invalid++
		next
	}
	k = $cs SUBSEP $cd
	if (k in seen) {
		if (seen[k] != $ct)
			invalid++
		next
	}
	seen[k] = $ct
}
END {
	printf "rows\tinvalid\n%d\t%d\n", rows, invalid
}
