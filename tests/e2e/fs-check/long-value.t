# A long bad value is quoted cut short, at a character boundary.
$ fs-check --type households h.tsv
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
H1	V01	张三	三口人三口人三口人三口人三口人三口人三口人三口人三口人	100	poor
>>> stderr
fs-check: h.tsv:2: column 'members': not a count (digits) (got '三口人三口人三口人三口人三口人三口人三口...')
>>> status 2
