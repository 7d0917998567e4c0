# conduct --jobs against one thread on 60 random files, half of them
# with their columns in another order and an extra text column (the
# keyword rules then read every text column's field), each alone and
# after g.tsv (its columns the table's): notes with the rules' words,
# with escapes (\n, \t, \\ around or inside a word: the word is matched
# as decoded), words in a column of their own, unpaid meals, gifts and
# reimbursements, forbidden kinds, invalid dates and amounts, short rows,
# repeated headers, empty lines and CRLF; with the installed rules, a
# rules file of plain words (every rule filtered) and one with a pattern
# no literal filters (always tried), --rules none, --rejects, table and
# --findings, each named and again through a pipe.  Every output,
# message, rejects file and exit status must be the same.
$ sh "$FS_TOP/tests/jobs-same.sh" 60
<<< gen.sh
awk -v seed="$1" 'BEGIN {
	srand(seed)
	split("meal gift reimbursement banquet gambling superstition", kind, " ")
	split("收到红包 200 元|超市购物卡两张|村会计家吃晚饭|a red envelope|两瓶茅台|红\\n包|礼\\\\金 500|shopping\\tcard|lunch, paid|", note, "|")
	if (rand() < 0.5) {
		hdr = "date\tsecretary_id\tkind\tamount\tsettled\tnote"
		ord = 0
	} else {
		hdr = "memo\tnote\tkind\tdate\tsecretary_id\tsettled\tamount"
		ord = 1
	}
	print hdr
	rows = int(rand() * 90); crlf = rand() < 0.2 ? "\r" : ""
	for (k = 0; k < rows; k++) {
		r = rand()
		d = sprintf("2026-%02d-%02d", 1 + int(rand() * 12), 1 + int(rand() * 28))
		s = "S" int(rand() * 5)
		kd = kind[1 + int(rand() * 6)]
		amt = rand() < 0.8 ? sprintf("%d.%02d", int(rand() * 500), int(rand() * 100)) : ""
		st = rand() < 0.6 ? "yes" : rand() < 0.5 ? "no" : ""
		n = note[1 + int(rand() * 10)]
		m = rand() < 0.3 ? note[1 + int(rand() * 10)] : "备注"
		if (r < 0.02) { print crlf; continue }
		if (r < 0.03) d = "2026-02-30"
		if (r < 0.04) { print hdr crlf; continue }
		if (r < 0.05) { print d "\t" s crlf; continue }
		if (r < 0.06) amt = "12,5"
		if (ord == 0)
			print d "\t" s "\t" kd "\t" amt "\t" st "\t" n crlf
		else
			print m "\t" n "\t" kd "\t" d "\t" s "\t" st "\t" amt crlf
	}
}'
<<< g.tsv
date	secretary_id	kind	amount	settled	note
2026-01-05	S1	gift	200.00	no	收到红包
<<< words.tsv
rule	pattern	severity
red-envelope	红包|red envelope	violation
shopping-card	购物卡|shopping\tcard	violation
cash-gift	礼金	warning
<<< open.tsv
rule	pattern	severity
red-envelope	红包	violation
anything-paid	(?i)pa.d	warning
<<< run.sh
j=$1; shift
sh "$FS_TOP/tests/jobs-each.sh" "$j" "fs-audit conduct --as-of 2026-12-31" "" "--rules words.tsv" "--rules open.tsv" "--rules none" -- "$@"
>>> stdout
60 same
