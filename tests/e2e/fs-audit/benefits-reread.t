# benefits reads a regular file again for its table as decisions does
# (decisions-reread.t): the table, what is said and what is put aside
# must be the same as through a pipe, with one thread and two.  a.tsv
# has a BOM, CRLF on every other row, blank lines and rows put aside (an
# ID number whose check digit is wrong); b.tsv follows it with an
# eleventh column, as a file or from a pipe.
$ awk -v n=30000 -v crlf=1 -v bom=1 -f benefits.awk > a.tsv; awk -v n=2000 -v extra=1 -f benefits.awk > b.tsv; for j in 1 2; do fs-audit benefits -j $j --cadres cadres.tsv --rejects rej.tsv --as-of 2026-12-31 a.tsv b.tsv > ab.$j 2> eab.$j; cat rej.tsv >> eab.$j; cat a.tsv | fs-audit benefits -j $j --cadres cadres.tsv --rejects rej.tsv --as-of 2026-12-31 - b.tsv > pab.$j 2> epab.$j; cat rej.tsv >> epab.$j; done; for f in ab.2 pab.1 pab.2; do cmp ab.1 $f && echo "$f same"; done; for f in eab.2 epab.1 epab.2; do sed 's/<stdin>/a.tsv/' $f | cmp eab.1 - && echo "$f same"; done; wc -l < ab.1; grep -c "$(printf '\r')" ab.1; head -n 3 ab.1; sed -n '$p' ab.1; awk -F '\t' 'NR > 1 { n[$12]++ } END { for (p in n) print n[p], p }' ab.1 | sort -k2; head -n 1 eab.1; grep -c 'check digit' eab.1
<<< cadres.tsv
cadre_id	village_id	relative_id_number
C01	V02	11010119870707100X
C02	V03	620521194809201150
>>> stdout
ab.2 same
pab.1 same
pab.2 same
eab.2 same
epab.1 same
epab.2 same
31201
0
household_id	village_id	program	id_number	notice_start	notice_end	granted	amount	cadre_relative	filed	note	problems
H1	V1	coal	110101198002020018	2026-02-01	2026-02-07	2026-02-09	1.00				audit.duplicate-benefit
H2	V2	food	110101198003030023	2026-03-01	2026-03-07	2026-03-09	2.00				audit.duplicate-benefit
H1999	V4	低保	110101198008129997	2026-08-01	2026-08-07	2026-08-09	199.00			备注	audit.duplicate-benefit
5015 
9211 audit.duplicate-benefit
837 audit.granted-before-notice-end
1533 audit.granted-before-notice-end,audit.duplicate-benefit
78 audit.granted-before-notice-end,audit.relative-not-filed
177 audit.granted-before-notice-end,audit.relative-not-filed,audit.duplicate-benefit
326 audit.granted-before-notice-end,audit.relative-not-filed,audit.relative-undeclared,audit.duplicate-benefit
19 audit.granted-before-notice-end,audit.relative-undeclared,audit.duplicate-benefit
2926 audit.notice-short
6583 audit.notice-short,audit.duplicate-benefit
274 audit.notice-short,audit.relative-not-filed
617 audit.notice-short,audit.relative-not-filed,audit.duplicate-benefit
470 audit.relative-not-filed
1054 audit.relative-not-filed,audit.duplicate-benefit
1959 audit.relative-not-filed,audit.relative-undeclared,audit.duplicate-benefit
121 audit.relative-undeclared,audit.duplicate-benefit
fs-audit: 800 invalid rows written to rej.tsv
800
