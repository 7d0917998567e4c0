# A missing column names the file, the column and the tool.
$ fs-audit benefits --as-of 2026-06-01 b.tsv
<<< b.tsv
household_id	village_id	program	id_number	notice_start	granted
>>> stderr
fs-audit: b.tsv: missing column 'notice_end'
>>> status 2
