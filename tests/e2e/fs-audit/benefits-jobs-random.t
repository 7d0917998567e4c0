# benefits --jobs against one thread on 60 random files, half of them
# with their columns in another order and an extra column, each alone
# and after g.tsv (its columns the table's: the random file's rows then
# keep their fields): repeated grants (x = X), cadres'
# relatives, short notices, invalid dates and ID numbers, short rows,
# repeated headers, empty lines and CRLF; with and without --cadres
# (whose rows include one put aside) and --rejects, table and
# --findings, each named and again through a pipe (a stream's chunks,
# read in turn).  Every output, message, rejects file and exit status
# must be the same.
$ sh "$FS_TOP/tests/jobs-same.sh" 60
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed)
	split("620521196503121018 620521197011051089 620521194809201150 620521195801011226 11010119870707100X 11010119870707100x", idn, " ")
	split("dibao coal food 低保", prog, " ")
	if (rand() < 0.5) {
		hdr = "household_id\tvillage_id\tprogram\tid_number\tnotice_start\tnotice_end\tgranted\tamount\tcadre_relative\tfiled"
		ord = 0
	} else {
		hdr = "note\tgranted\tid_number\tprogram\thousehold_id\tvillage_id\tnotice_end\tnotice_start\tfiled\tcadre_relative"
		ord = 1
	}
	print hdr
	rows = int(rand() * 80); crlf = rand() < 0.2 ? "\r" : ""
	for (k = 0; k < rows; k++) {
		r = rand()
		h = "H" int(rand() * 6); v = "V" int(1 + rand() * 3)
		p = prog[1 + int(rand() * 4)]
		id = idn[1 + int(rand() * 6)]
		y = 2025 + int(rand() * 2); m = 1 + int(rand() * 12)
		ns = sprintf("%d-%02d-%02d", y, m, 1)
		ne = sprintf("%d-%02d-%02d", y, m, rand() < 0.2 ? 4 : 7)
		g = sprintf("%d-%02d-%02d", y, m, rand() < 0.1 ? 5 : 20)
		rel = rand() < 0.2 ? "yes" : rand() < 0.5 ? "no" : ""
		fil = rand() < 0.3 ? "yes" : ""
		amt = sprintf("%d.%02d", int(rand() * 5000), int(rand() * 100))
		if (r < 0.02) { print crlf; continue }
		if (r < 0.03) g = "2026-02-30"
		if (r < 0.04) { print hdr crlf; continue }
		if (r < 0.05) { print h "\t" v crlf; continue }
		if (r < 0.06) id = "620521196503121019"
		if (ord == 0)
			print h "\t" v "\t" p "\t" id "\t" ns "\t" ne "\t" g "\t" amt "\t" rel "\t" fil crlf
		else
			print "备注" k "\t" g "\t" id "\t" p "\t" h "\t" v "\t" ne "\t" ns "\t" fil "\t" rel crlf
	}
}'
<<< cadres.tsv
cadre_id	village_id	relative_id_number
C1	V1	620521197011051089
C2	V2	11010119870707100x
C3	V3	not-a-number
<<< g.tsv
village_id	household_id	program	id_number	notice_start	notice_end	granted
V1	H9	coal	620521196503121018	2025-03-01	2025-03-07	2025-03-20
V2	H8	dibao	11010119870707100X	2026-05-01	2026-05-07	2026-05-20
<<< run.sh
j=$1; shift
sh "$FS_TOP/tests/jobs-each.sh" "$j" "fs-audit benefits --as-of 2026-12-31" "" "--cadres cadres.tsv" -- "$@"
>>> stdout
60 same
