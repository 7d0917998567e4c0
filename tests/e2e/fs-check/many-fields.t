# A row of far more fields than the header's is said by their count, and
# kept whole in the rejects file; its fields past the header's are
# counted, not each sliced (a line of 80 MB of tabs took 2 GB).  So for
# a reader of any TSV (fs-mask) and the header's own count of fields.
$ awk 'BEGIN { print "secretary_id\tdate\tstatus"; s = "S1"; for (i = 0; i < 100000; i++) s = s "\tx"; print s; print "S2\t2026-01-05\tin_village" }' > a.tsv; fs-check --type attendance --rejects rej.tsv a.tsv; cut -f 1,2 rej.tsv; awk -F '\t' 'NR == 2 { print NF }' rej.tsv; fs-mask --rejects rej2.tsv a.tsv; cut -f 1,2 rej2.tsv
>>> stdout
file	type	rows	invalid
a.tsv	attendance	2	1
source	reason
a.tsv:2	100001 fields where the header has 3
100003
secretary_id	date	status
S2	2026-01-05	in_village
source	reason
a.tsv:2	100001 fields where the header has 3
>>> stderr
fs-check: 1 invalid row written to rej.tsv
fs-mask: 1 invalid row written to rej2.tsv
