# --verify --jobs against one thread on 60 random sealed ledgers of 1,000
# to 3,500 rows (130 to 350 KB: two to seven pieces for the threads),
# with CRLF and empty lines, intact or damaged one way: a row edited,
# deleted, moved down, a row added without a seal, an empty line put in
# (no break), a seal edited.  With and without --findings and --rejects,
# everything said and the exit status must be the same.
$ sh "$FS_TOP/tests/jobs-same.sh" 60
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed); print "date\tamount\tnote"
	rows = 1000 + int(rand() * 2500); crlf = rand() < 0.2 ? "\r" : ""
	for (k = 1; k <= rows; k++) {
		if (rand() < 0.01) print crlf
		printf "2026-01-%02d\t%d.%02d\t%s%s\n", 1 + k % 28,
		    int(rand() * 99999), int(rand() * 100),
		    substr("abcdefghijklmnopqrstuvwxyz0123456789", 1,
		    int(rand() * 36)), crlf
	}
}' > plain.tsv
fs-seal plain.tsv > sealed.tsv || exit 1
# Damage, one kind a seed (none for a third of them).
awk -v seed="$1" 'BEGIN { srand(seed * 7 + 1); d = int(rand() * 9) }
NR == 1 { n = 0; while ((getline l < FILENAME) > 0) n++; at = 2 + int(rand() * (n - 1)) }
d == 0 || d == 1 || d == 2 || FNR != at { print; next }
d == 3 { sub(/\t/, "\t1"); print; next }		# the row edited
d == 4 { next }						# deleted
d == 5 { held = $0; getline; print; print held; next }	# moved down
d == 6 { print; print ""; next }			# an empty line: no break
d == 7 { print "2026-02-01\t1.00\tadded\t"; print; next }	# no seal
d == 8 { sub(/[0-9a-f]$/, "g"); print; next }		# a seal edited
' sealed.tsv
<<< run.sh
j=$1; shift
: > rej.tsv
fs-seal --verify --jobs $j "$@" f.tsv
echo "exit $?"
fs-seal --verify --findings --jobs $j "$@" f.tsv
echo "exit $?"
cat rej.tsv
>>> stdout
60 same
