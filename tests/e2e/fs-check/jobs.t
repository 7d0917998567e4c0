# --jobs 2 reads and parses rows ahead in a second thread: the same table,
# the same messages in the same order with the same line numbers, the same
# rejects.  big.tsv (made here) spans many of the reader's blocks and holds
# bad values, bad bytes, wrong field counts, empty and CRLF lines, repeats
# and conflicts.
$ awk 'BEGIN { print "secretary_id\tdate\tstatus\tnote"; for (i = 0; i < 60000; i++) { s = "S" (i % 97); k = int(i / 97); d = sprintf("%d-%02d-%02d", 2026 + int(k / 336), 1 + int(k / 28) % 12, 1 + k % 28); t = i % 5 ? "in_village" : "leave"; if (i % 1777 == 0) d = "2026-02-30"; if (i % 2503 == 0) t = "holiday"; if (i % 3001 == 0) printf "%s\t%s\t%s\t\t\n", s, d, t; else if (i % 4001 == 0) printf "\n"; else if (i % 4999 == 0) printf "%s\t%s\t%s\t\377\n", s, d, t; else if (i % 997 == 0) printf "%s\t%s\tabsent\t\r\n", s, d; else printf "%s\t%s\t%s\t%s\n", s, d, t, i % 7 ? "" : "中文\\n"; if (i % 1201 == 5) printf "%s\t%s\tabsent\t\n", s, d; } }' >big.tsv; fs-check -t attendance big.tsv a.tsv >1.out 2>1.err; echo $?; fs-check --jobs 2 -t attendance big.tsv a.tsv >2.out 2>2.err; echo $?; cmp 1.out 2.out && cmp 1.err 2.err && wc -l <1.err; fs-check --jobs 2 --rejects 2.rej -t attendance a.tsv - <big.tsv >/dev/null 2>&1; fs-check --rejects 1.rej -t attendance a.tsv - <big.tsv >/dev/null 2>&1; cmp 1.rej 2.rej && wc -l <1.rej
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	leave
>>> stdout
2
2
139
140
