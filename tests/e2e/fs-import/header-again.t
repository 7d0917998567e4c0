# Two CSV files joined with cat: the second's header is a record that is
# the header again, an invalid record, also when each file starts with a
# byte-order mark (Excel's "CSV UTF-8"), which the join leaves in the
# middle: it was written as a row, its first name the mark and
# 'secretary_id'.
$ cat jan.csv jan.csv > plain.csv; printf '\357\273\277' > bom.csv; cat jan.csv >> bom.csv; cat bom.csv bom.csv > both.csv; fs-import plain.csv; fs-import both.csv; echo "exit $?"; fs-import --rejects r.tsv both.csv; echo "exit $?"; cut -f 1,2 r.tsv
<<< jan.csv
secretary_id,date,status
S01,2026-01-05,in_village
>>> stdout
exit 2
secretary_id	date	status
S01	2026-01-05	in_village

S01	2026-01-05	in_village
exit 3
source	reason
both.csv:3	the header again (files joined with cat? give the tool each file by name)
>>> stderr
fs-import: plain.csv:3: the header again (files joined with cat? give the tool each file by name)
fs-import: both.csv:3: the header again (files joined with cat? give the tool each file by name)
fs-import: 1 invalid row written to r.tsv
