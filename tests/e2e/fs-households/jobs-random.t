# --jobs against one thread on 60 random registers, half of them with
# their columns in another order (the table then keeps each row's
# fields): repeated household_ids, heads and helpers, bad counts, short
# rows, repeated headers, empty lines, long plans and CRLF; with and
# without --rejects, table and --findings, each named and again through
# a pipe (a stream's chunks, read in turn).  Every output, message,
# rejects file and exit status must be the same.
$ sh "$FS_TOP/tests/jobs-same.sh" 60
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed)
	split("620521196503121018 620521197011051089 620521194809201150 620521195801011226 620521198212301296 620521197611111364", idn, " ")
	split("poor lifted monitored not_poor", st, " ")
	# Half the files have their columns in another order.
	if (rand() < 0.5) {
		hdr = "household_id\tvillage_id\thead_name\tmembers\tannual_income\tstatus\thead_id_number\thelper_id\tplan\tfood_clothing\teducation\tmedical\thousing\twater"
		ord = 0
	} else {
		hdr = "note\tstatus\thousehold_id\tmembers\tvillage_id\thead_name\tannual_income\thelper_id\thead_id_number\tplan\twater\tfood_clothing\teducation\tmedical\thousing"
		ord = 1
	}
	print hdr
	rows = int(rand() * 80); crlf = rand() < 0.2 ? "\r" : ""
	for (k = 0; k < rows; k++) {
		r = rand()
		id = "H" (rand() < 0.03 ? int(rand() * k + 1) : k)
		v = "V" int(1 + rand() * 3); name = "王" k
		m = 1 + int(rand() * 6); inc = sprintf("%d.%02d", int(rand() * 40000), int(rand() * 100))
		s = st[1 + int(rand() * 4)]
		idnum = rand() < 0.7 ? idn[1 + int(rand() * 6)] : ""
		hp = rand() < 0.8 ? "K" int(rand() * 3) : ""
		plan = rand() < 0.7 ? "产业帮扶" : ""
		if (rand() < 0.05) plan = plan sprintf("%0200d", k)
		g = rand() < 0.8 ? "yes" : "no"
		if (r < 0.02) { print crlf; continue }
		if (r < 0.03) m = "x"
		if (r < 0.04) { print hdr crlf; continue }
		if (r < 0.05) { print id "\t" v crlf; continue }
		if (ord == 0)
			print id "\t" v "\t" name "\t" m "\t" inc "\t" s "\t" idnum "\t" hp "\t" plan "\t" g "\tyes\tyes\tyes\tyes" crlf
		else
			print "备注" k "\t" s "\t" id "\t" m "\t" v "\t" name "\t" inc "\t" hp "\t" idnum "\t" plan "\tyes\t" g "\tyes\tyes\tyes" crlf
	}
}'
<<< run.sh
j=$1; shift
# Each run again through a pipe: the same, <stdin> for f.tsv.
for opt in "" "--findings"; do
	for how in file pipe; do
		: > rej.tsv
		if [ $how = file ]; then
			fs-households --jobs $j --as-of 2026-02-20 $opt "$@" f.tsv
		else
			cat f.tsv | fs-households --jobs $j --as-of 2026-02-20 $opt "$@" -
		fi > out.$how 2>&1
		echo "exit $?" >> out.$how
		cat rej.tsv >> out.$how
	done
	sed 's/<stdin>/f.tsv/g' out.pipe | cmp -s out.file - ||
	    echo "through a pipe: differs"
	cat out.file
done
>>> stdout
60 same
