#!/usr/bin/mawk -f
# check-attendance.awk - the mawk peer of `fs-check --type attendance`, reduced
# to plain validation: every row has the header's field count, and column 2
# (date) has the shape YYYY-MM-DD.  Prints the count of rows and bad rows;
# exits 0 when there is no bad row, else 2.
#
#   mawk -f bench/mawk/check-attendance.awk attendance.tsv
#
# mawk 1.3.4-20200120 (Debian 12) has no regex intervals, so [0-9]{4} is
# written out.
BEGIN { FS = "\t"; rows = 0; bad = 0 }
length($0) == 0 { next }                  # empty lines are skipped
!nf { nf = NF; next }                     # the header: first non-empty line
{
	rows++
	if (NF != nf || $2 !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/)
		bad++
}
END {
	printf "rows\tbad\n%d\t%d\n", rows, bad
	exit bad ? 2 : 0
}
