# A missing column says what the header has that may have been meant: a
# name with a space (ASCII, full-width) or a byte-order mark around it, a
# name in other case, a CSV given for a TSV, a file typed with spaces
# where tabs go (every tool: the same
# message from the shared reader; fs-seal --verify and fs-policy too).
$ sh run.sh
<<< run.sh
printf 'secretary_id\tdate\tstatus \nS1\t2026-01-05\tin_village\n' > a.tsv
printf 'Secretary_ID\tdate\tstatus\nS1\t2026-01-05\tin_village\n' > b.tsv
printf 'secretary_id\tdate\t\343\200\200status\nS1\t2026-01-05\tin_village\n' > c.tsv
printf 'date,village_id,category,flow,amount\n2026-01-01,V1,project,in,100\n' > f.csv
printf '编号\t日期\t状态\n' > d.tsv
for f in a b c d; do fs-check -t attendance $f.tsv; done
fs-funds f.csv; fs-seal --verify f.csv
printf 'Key\tvalue\n' > p.tsv; fs-policy --policy p.tsv
printf 'key value\nattendance.min_days 200\n' > s.tsv; fs-policy --policy s.tsv
printf 'secretary_id date  status\nS1 2026-01-05 in_village\n' > e.tsv; fs-check -t attendance e.tsv
printf 'village_id\tvillage name\nV1\tx\n' > v.tsv; fs-check -t villages v.tsv
>>> stderr
fs-check: a.tsv: missing column 'status' (the header has 'status' with a space or a byte-order mark around it)
fs-check: b.tsv: missing column 'secretary_id' (the header has 'Secretary_ID': names are matched as written)
fs-check: c.tsv: missing column 'status' (the header has 'status' with a space or a byte-order mark around it)
fs-check: d.tsv: missing column 'secretary_id'
fs-funds: f.csv: missing column 'date' (the header has commas: a CSV file? fs-import reads CSV)
fs-seal: f.csv: missing column 'seal' (the header has commas: a CSV file? fs-import reads CSV)
fs-policy: p.tsv: missing column 'key' (the header has 'Key': names are matched as written)
fs-policy: s.tsv: missing column 'key' (the header has 'key value': spaces where tabs go?)
fs-check: e.tsv: missing column 'secretary_id' (the header has 'secretary_id date  status': spaces where tabs go?)
fs-check: v.tsv: missing column 'name'
>>> status 2
