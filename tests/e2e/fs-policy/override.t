# A policy file overrides some keys; values come out in normal form, with
# the file as their origin.  A decimal ratio is exact (0.6667 is not 2/3).
$ fs-policy --policy p.tsv | grep -v default
<<< p.tsv
key	value
attendance.min_ratio	0.6667
attendance.count_training	NO
attendance.min_days	200
funds.min_annual_support	12000.5
audit.quorum	4/6
>>> stdout
key	value	origin
attendance.min_ratio	6667/10000	p.tsv
attendance.count_training	no	p.tsv
attendance.min_days	200	p.tsv
funds.min_annual_support	12000.50	p.tsv
audit.quorum	2/3	p.tsv
