# A regular file is read again for the table instead of going through the
# spool (its rows' places are spooled, not their bytes); the table must be
# byte for byte the one the spool gives (the same rows from a pipe).
# a.tsv has a BOM, CRLF on every other row, blank lines, invalid rows
# (put aside, so that rows read again are not all next to each other)
# and a row of 1.5 MB (longer than the 1 MB read at a time where a file
# cannot be mapped); b.tsv follows it, from a pipe or as a file, with a
# tenth column (so that a.tsv's rows get an empty one), and b2.tsv is
# b.tsv with its columns in another order (so it is spooled).  What is
# said on stderr and put aside (--rejects) is the same too, <stdin> for
# a.tsv.
$ awk -v n=20000 -v from=1 -v crlf=1 -v bom=1 -v long=12345 -v bad=1 -f decisions.awk > a.tsv; awk -v n=3000 -v from=50000 -v extra=1 -v bad=1 -f decisions.awk > b.tsv; awk -F '\t' -v OFS='\t' 'NF { print $10, $9, $1, $2, $3, $4, $5, $6, $7, $8 }' b.tsv > b2.tsv; for j in 1 2; do fs-audit decisions -j $j --rejects rej.tsv --as-of 2026-12-31 a.tsv > file.$j 2> efile.$j; cat rej.tsv >> efile.$j; cat a.tsv | fs-audit decisions -j $j --rejects rej.tsv --as-of 2026-12-31 > pipe.$j 2> epipe.$j; cat rej.tsv >> epipe.$j; fs-audit decisions -j $j --rejects rej.tsv --as-of 2026-12-31 a.tsv b.tsv > ab.$j 2> eab.$j; cat rej.tsv >> eab.$j; cat a.tsv | fs-audit decisions -j $j --rejects rej.tsv --as-of 2026-12-31 - b.tsv > pab.$j 2> epab.$j; cat rej.tsv >> epab.$j; fs-audit decisions -j $j --rejects rej.tsv --as-of 2026-12-31 a.tsv b2.tsv > ab2.$j 2> eab2.$j; cat rej.tsv >> eab2.$j; done; for f in file.2 pipe.1 pipe.2; do cmp file.1 $f && echo "$f same"; done; for f in ab.2 pab.1 pab.2 ab2.1 ab2.2; do cmp ab.1 $f && echo "$f same"; done; for f in efile.2 epipe.1 epipe.2; do sed 's/<stdin>/a.tsv/' $f | cmp efile.1 - && echo "$f same"; done; for f in eab.2 epab.1 epab.2; do sed 's/<stdin>/a.tsv/' $f | cmp eab.1 - && echo "$f same"; done; wc -l < file.1; wc -l < ab.1; grep -c "$(printf '\r')" ab.1; head -n 2 ab.1; awk -F '\t' 'length($5) > 1000000 { print NR, length($5) }' ab.1; sed -n '$p' ab.1; awk -F '\t' 'NR > 1 { n[$11]++ } END { for (p in n) print n[p], p }' ab.1 | sort -k2; head -n 2 eab.1; grep -c 'no such day' eab.1
>>> stdout
file.2 same
pipe.1 same
pipe.2 same
ab.2 same
pab.1 same
pab.2 same
ab2.1 same
ab2.2 same
efile.2 same
epipe.1 same
epipe.2 same
eab.2 same
epab.1 same
epab.2 same
100801
115922
0
decision_id	village_id	stage	date	ref	eligible	attendees	votes_for	amount	note	problems
D1	V1	proposal	2026-02-05	土地流转				1.50		audit.result-not-public,audit.quorum
12100 1499996
D52999	V2	announce_result	2026-08-14	土地流转				999.50	备注	audit.missing-stage,audit.stage-order
4206 
19866 audit.missing-stage
3088 audit.missing-stage,audit.not-passed
8322 audit.missing-stage,audit.quorum
1630 audit.missing-stage,audit.quorum,audit.not-passed
716 audit.missing-stage,audit.result-not-public
384 audit.missing-stage,audit.result-not-public,audit.quorum
616 audit.missing-stage,audit.result-not-public,audit.stage-order
320 audit.missing-stage,audit.result-not-public,audit.stage-order,audit.quorum
30754 audit.missing-stage,audit.stage-order
3287 audit.missing-stage,audit.stage-order,audit.not-passed
9395 audit.missing-stage,audit.stage-order,audit.quorum
1808 audit.missing-stage,audit.stage-order,audit.quorum,audit.not-passed
2792 audit.not-passed
2298 audit.quorum
1580 audit.quorum,audit.not-passed
3480 audit.result-not-public
1895 audit.result-not-public,audit.quorum
4170 audit.result-not-public,audit.stage-order
2290 audit.result-not-public,audit.stage-order,audit.quorum
5030 audit.stage-order
3411 audit.stage-order,audit.not-passed
2730 audit.stage-order,audit.quorum
1853 audit.stage-order,audit.quorum,audit.not-passed
fs-audit: 2365 invalid rows written to rej.tsv
source	reason	decision_id	village_id	stage	date	ref	eligible	attendees	votes_for	amount
2365
