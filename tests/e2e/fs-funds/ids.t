# Village and secretary ids of every length from 1 to 20 bytes that
# differ only in their first byte, in their last, in their ninth, or in
# their length alone (A, AA, AAA, ...), with 3,000 other villages whose
# 12-byte ids share their first 8 bytes (AAAAAAAA0001 ...) and 36 ids of
# one byte 8 to 12 times, so that the memo of ids (up to 12 bytes) grows
# past its first size, holds many ids alike, and the longer ids go to
# the table.  The sums of --balances and of the
# table must be those awk makes from the same rows, id by id.
$ awk -f gen.awk > f.tsv; for j in 1 2; do fs-funds --jobs $j --as-of 2026-12-31 --balances f.tsv | awk -F '\t' 'NR > 1 { print $1, $2, $3, $4 }' | LC_ALL=C sort > got; awk -f sums.awk f.tsv | LC_ALL=C sort > want; cmp -s got want && echo "balances same, $(wc -l < got) rows"; fs-funds --jobs $j --as-of 2026-12-31 --year 2026 f.tsv | awk -F '\t' 'NR > 1 { print $1, $3, $5 }' | LC_ALL=C sort > got; awk -v table=1 -f sums.awk f.tsv | LC_ALL=C sort > want; cmp -s got want && echo "table same, $(wc -l < got) rows"; done
<<< gen.awk
function rep(c, n,   s) { s = ""; while (n-- > 0) s = s c; return s }
BEGIN {
	OFS = "\t"
	print "date", "village_id", "category", "flow", "amount", "secretary_id", "source", "household_id", "notice_ref", "ref", "note"
	n = 0
	for (k = 1; k <= 20; k++) {
		id[++n] = rep("A", k)
		id[++n] = "B" rep("A", k - 1)
		if (k > 1)
			id[++n] = rep("A", k - 1) "B"
		if (k > 9)
			id[++n] = rep("A", 8) "C" rep("A", k - 9)
	}
	for (k = 1; k <= 3000; k++)
		id[++n] = sprintf("AAAAAAAA%04d", k)
	for (k = 0; k < 36; k++)
		for (j = 8; j <= 12; j++)
			id[++n] = rep(substr("0123456789BCDEFGHIJKLMNOPQRSTUVWXYZ_", k + 1, 1), j)
	for (r = 0; r < 40000; r++) {
		i = 1 + (r * 7919) % n
		c = r % 3 == 0 ? "support" : r % 3 == 1 ? "living_subsidy" : "project"
		fl = r % 5 == 4 ? "out" : "in"
		print sprintf("2026-%02d-%02d", 1 + int(r / 4000), 1 + r % 28), id[i], c, fl, sprintf("%d.%02d", 1 + r % 997, r % 100), id[1 + (r * 31) % n], "", "", "", "R" r, ""
	}
}
<<< sums.awk
# Per village and category: in and out (--balances); with table set, per
# secretary: support in and living_subsidy in.  Sums in fen.
BEGIN { FS = "\t" }
NR == 1 { next }
{
	split($5, m, ".")
	fen = m[1] * 100 + m[2]
	if (table) {
		if ($4 == "in" && $3 == "support")
			sup[$6] += fen
		else if ($4 == "in" && $3 == "living_subsidy")
			liv[$6] += fen
		else
			seen[$6] = 1
		seen[$6] = 1
	} else if ($4 == "in")
		in_[$2 " " $3] += fen
	else
		out[$2 " " $3] += fen
	all[$2 " " $3] = 1
}
function amt(f) { return sprintf("%d.%02d", int(f / 100), f % 100) }
END {
	if (table)
		for (s in seen)
			print s, amt(sup[s]), amt(liv[s])
	else
		for (k in all)
			print k, amt(in_[k]), amt(out[k])
}
>>> stdout
balances same, 9750 rows
table same, 3250 rows
balances same, 9750 rows
table same, 3250 rows
