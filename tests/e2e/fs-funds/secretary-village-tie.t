# A secretary's village, without a roster, is that of their latest row in
# the year (fs-funds(1), RULES); of two rows on the latest day, the later
# in the file.  With threads the file is cut into parts, and the parts
# are folded in file order, so a tie across a cut is decided as one
# thread decides it: S1's 3000 rows in V1, then one in V2 on the same
# day, in a file read by 1, 2 and 3 threads.
$ printf 'date\tvillage_id\tcategory\tflow\tamount\tsecretary_id\n2025-03-01\tV1\tsupport\tin\t1.00\tS1\n2025-03-01\tV2\tsupport\tin\t1.00\tS1\n' > two.tsv; fs-funds --as-of 2025-12-31 --findings two.tsv | cut -f 2,5,6; awk 'BEGIN { OFS = "\t"; print "date", "village_id", "category", "flow", "amount", "secretary_id"; for (i = 0; i < 3000; i++) print "2025-03-01", "V1", "support", "in", "1.00", "S1"; print "2025-03-01", "V2", "support", "in", "1.00", "S1" }' > big.tsv; for j in 1 2 3; do FS_FUNDS_TRACE=1 fs-funds --jobs $j --as-of 2025-12-31 --findings big.tsv 2>&1 | cut -f 2,6 | sort -u | tr '\n' ' '; echo; done
>>> stdout
rule	entity_id	village_id
funds.subsidy-missing	S1	V2
funds.subsidy-missing	S1	V2
funds.subsidy-missing	S1	V2
funds.support-short	S1	V2
fs-funds: big.tsv: read in order funds.subsidy-missing	V2 funds.support-short	V2 rule	village_id 
fs-funds: big.tsv: read in 2 parts funds.subsidy-missing	V2 funds.support-short	V2 rule	village_id 
fs-funds: big.tsv: read in 2 parts funds.subsidy-missing	V2 funds.support-short	V2 rule	village_id 
