# A year is written with four digits, in the table and as a finding's
# period, like the YYYY it is given as (--year 0001).
$ fs-attendance --calendar none --year 0001 --as-of 0001-01-10 a.tsv | cut -f1,2; fs-attendance --calendar none --findings --year 0001 --as-of 0001-01-10 a.tsv | cut -f2,7
<<< a.tsv
secretary_id	date	status
S1	0001-01-05	in_village
>>> stdout
secretary_id	year
S1	0001
rule	period
attendance.min-ratio	0001
attendance.unrecorded	0001
