# --jobs against one thread on 100 random ledgers, sorted by date or
# not: empty lines, impossible dates, short rows, repeated headers,
# negative amounts, lines longer than a chunk, and CRLF; with and without
# --rejects, for the table, --balances, --findings and --households;
# the table and --findings again through a pipe (a stream's chunks, read
# in turn).  Every output, message, rejects file and exit status must be
# the same.
$ sh "$FS_TOP/tests/jobs-same.sh" 100
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed)
	print "date\tvillage_id\tcategory\tflow\tamount\tsecretary_id\tsource\thousehold_id\tnotice_ref\tref\tnote"
	split("support project collective benefit living_subsidy", cat, " ")
	rows = int(rand() * 120); crlf = rand() < 0.2 ? "\r" : ""
	sorted = rand() < 0.5; d = 1
	for (k = 0; k < rows; k++) {
		r = rand()
		if (sorted) { if (rand() < 0.3) d++ } else d = 1 + int(rand() * 28)
		if (d > 28) d = 28
		date = sprintf("2026-02-%02d", d)
		c = cat[1 + int(rand() * 5)]; fl = rand() < 0.5 ? "in" : "out"
		amt = sprintf("%d.%02d", int(rand() * 500), int(rand() * 100))
		v = "V" int(1 + rand() * 3); s = "S" int(1 + rand() * 3)
		hh = rand() < 0.5 ? "H" int(rand() * 5) : ""
		nref = rand() < 0.5 ? "N" int(rand() * 9) : ""
		line = date "\t" v "\t" c "\t" fl "\t" amt "\t" s "\t县财政局\t" hh "\t" nref "\tR" k "\t"
		if (rand() < 0.03)
			line = line sprintf("%0300d", k)
		if (r < 0.02) print crlf
		else if (r < 0.03) print "2026-02-30\t" v "\t" c "\t" fl "\t1.00\t" s "\t\t\t\t\t" crlf
		else if (r < 0.04) print date "\t" v "\t" c "\t" fl crlf
		else if (r < 0.05) print "date\tvillage_id\tcategory\tflow\tamount\tsecretary_id\tsource\thousehold_id\tnotice_ref\tref\tnote" crlf
		else if (r < 0.06) print date "\t" v "\t" c "\t" fl "\t-3.00\t" s "\t\t\t\t\t" crlf
		else print line crlf
	}
}'
<<< run.sh
j=$1; shift
# The table and findings again through a pipe: the same, <stdin> for
# f.tsv.
for opt in "" "--balances" "--findings" "--findings --households hh.tsv"; do
	case $opt in --b* | *--h*) hows=file ;; *) hows="file pipe" ;; esac
	for how in $hows; do
		: > rej.tsv
		if [ $how = file ]; then
			fs-funds --jobs $j --as-of 2026-02-20 --year 2026 $opt "$@" f.tsv
		else
			cat f.tsv | fs-funds --jobs $j --as-of 2026-02-20 --year 2026 $opt "$@" -
		fi > out.$how 2>&1
		echo "exit $?" >> out.$how
		cat rej.tsv >> out.$how
	done
	[ "$hows" = file ] || sed 's/<stdin>/f.tsv/g' out.pipe |
	    cmp -s out.file - || echo "through a pipe: differs"
	cat out.file
done
<<< hh.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V1	甲	3	1000.00	poor
H2	V2	乙	2	900.00	poor
>>> stdout
100 same
