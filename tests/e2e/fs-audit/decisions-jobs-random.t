# decisions --jobs against one thread on 60 random files, half of them
# with their columns in another order and an extra column, each alone
# and after g.tsv (its columns the table's: the random file's rows then
# keep their fields): stages skipped, repeated (an invalid row, the
# repeat reported), in another village (invalid), out of order and
# after the as-of date; quorums missed, votes failed, no vote figures;
# invalid dates and counts, short rows, repeated headers, empty lines
# and CRLF; with and without --rejects, table and --findings, each named
# and again through a pipe (a stream's chunks, read in turn).  Every
# output, message, rejects file and exit status must be the same.
$ sh "$FS_TOP/tests/jobs-same.sh" 60
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed)
	split("proposal consultation review resolution announce_resolution announce_result", st, " ")
	if (rand() < 0.5) {
		hdr = "decision_id\tvillage_id\tstage\tdate\tref\teligible\tattendees\tvotes_for\tamount"
		ord = 0
	} else {
		hdr = "note\tstage\tdate\tdecision_id\tvotes_for\tattendees\teligible\tvillage_id"
		ord = 1
	}
	print hdr
	rows = int(rand() * 90); crlf = rand() < 0.2 ? "\r" : ""
	for (k = 0; k < rows; k++) {
		r = rand()
		d = 1 + int(rand() * 8); id = "D" d
		v = rand() < 0.03 ? "V9" : "V" d % 3
		s = 1 + int(rand() * 6)
		y = rand() < 0.1 ? 2027 : 2026
		date = sprintf("%d-%02d-%02d", y, 1 + int(s * 1.5 + rand() * 2), 1 + int(rand() * 28))
		el = 30; at = rand() < 0.2 ? 12 : 25; vo = rand() < 0.2 ? 10 : 20
		if (s != 4 || rand() < 0.15) el = at = vo = ""
		if (r < 0.02) { print crlf; continue }
		if (r < 0.03) date = "2026-02-30"
		if (r < 0.04) { print hdr crlf; continue }
		if (r < 0.05) { print id "\t" v crlf; continue }
		if (r < 0.06) at = "x"
		if (ord == 0)
			print id "\t" v "\t" st[s] "\t" date "\t决议" k "\t" el "\t" at "\t" vo "\t1000.00" crlf
		else
			print "备注" k "\t" st[s] "\t" date "\t" id "\t" vo "\t" at "\t" el "\t" v crlf
	}
}'
<<< g.tsv
decision_id	village_id	stage	date	ref	eligible	attendees	votes_for	amount
D1	V1	proposal	2026-01-02	村道			1000.00
G1	V1	resolution	2026-02-02	纪要	30	25	20	1000.00
<<< run.sh
j=$1; shift
sh "$FS_TOP/tests/jobs-each.sh" "$j" "fs-audit decisions --as-of 2026-12-31" "" -- "$@"
>>> stdout
60 same
