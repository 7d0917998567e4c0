# A date written in Chinese is said as the date it stands for, "write it
# 2026-01-05", not with another date as an example; one that is no day
# is said so, and one without its day gets the form alone.
$ fs-check --type attendance a.tsv
<<< a.tsv
secretary_id	date	status
S1	2026年1月5日	in_village
S1	2026年01月06日	in_village
S1	2026年1月7号	in_village
S1	2026年1月8	in_village
S1	2026年2月30日	in_village
S1	2026年3月	in_village
>>> stderr
fs-check: a.tsv:2: column 'date': not a date (YYYY-MM-DD: write it 2026-01-05) (got '2026年1月5日')
fs-check: a.tsv:3: column 'date': not a date (YYYY-MM-DD: write it 2026-01-06) (got '2026年01月06日')
fs-check: a.tsv:4: column 'date': not a date (YYYY-MM-DD: write it 2026-01-07) (got '2026年1月7号')
fs-check: a.tsv:5: column 'date': not a date (YYYY-MM-DD: write it 2026-01-08) (got '2026年1月8')
fs-check: a.tsv:6: column 'date': no such day (got '2026年2月30日')
fs-check: a.tsv:7: column 'date': not a date (YYYY-MM-DD, like 2026-03-01) (got '2026年3月')
>>> status 2
