# --verify --jobs checks each piece's rows on a thread against the seals
# written in the rows before them, and a piece's first row, once all are
# read, against the last seal of the piece before it.  A ledger of 3,000
# rows of 100 bytes each is edited at the first row of each piece (the
# text, its seal kept, so that no other row's check fails): each edit
# must be found, where and as one thread finds it.  cuts mirrors common/
# jobs.c's cut_pieces() (keep the two together).
$ sh cuts.sh
<<< cuts.sh
# The pieces fs_run_parts() cuts a file of SIZE bytes into, body from
# START, for N threads (common/jobs.c, cut_pieces()): each a 2N-th of
# what is left, none under 64 KiB, 128 at most, cut at the next line
# start.  Rows here are ROW bytes each, so a cut is a row number.
cuts() {	# START SIZE N ROW: the first row of each piece after the first
	awk -v start="$1" -v size="$2" -v n="$3" -v row="$4" 'BEGIN {
		at = start; m = 1
		while (m < 128) {
			step = int((size - at) / (2 * n))
			if (step < 65536) step = 65536
			if (size - at <= step) break
			k = int((at + step - start + row - 1) / row)
			at = start + k * row
			if (at >= size) break
			print k + 1; m++
		}
	}'
}
awk 'BEGIN { print "id\tnote"; for (i = 1; i <= 3000; i++) printf "%06d\t%s\n", i, "xxxxxxxxxxxxxxxxxxxxxxxxxxx" }' > plain.tsv
fs-seal plain.tsv > sealed.tsv
size=$(wc -c < sealed.tsv)
for n in 2 3; do
	for k in 1 $(cuts 13 "$size" $n 100); do
		line=$((k + 1))
		# The row's text edited, its seal kept: only its own check fails.
		sed "${line}s/x/y/" sealed.tsv > edited.tsv
		fs-seal --verify -j 1 edited.tsv 2> one; a=$?
		fs-seal --verify -j $n edited.tsv 2> many; b=$?
		cmp -s one many && same=same || same=differs
		echo "-j $n, row $k edited: exit $a and $b, $same"
	done
	fs-seal --verify -j $n sealed.tsv; echo "-j $n, intact: exit $?"
done
>>> stdout
-j 2, row 1 edited: exit 1 and 1, same
-j 2, row 751 edited: exit 1 and 1, same
-j 2, row 1407 edited: exit 1 and 1, same
-j 2, row 2063 edited: exit 1 and 1, same
-j 2, row 2719 edited: exit 1 and 1, same
-j 2, intact: exit 0
-j 3, row 1 edited: exit 1 and 1, same
-j 3, row 657 edited: exit 1 and 1, same
-j 3, row 1313 edited: exit 1 and 1, same
-j 3, row 1969 edited: exit 1 and 1, same
-j 3, row 2625 edited: exit 1 and 1, same
-j 3, intact: exit 0
