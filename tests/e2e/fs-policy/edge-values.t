# The edges of the policy's values are accepted: a ratio of exactly 1
# (1/1; above 1 is an error, bad-values.t), an amount of 0.00 and 0
# (below 0 is an error).
$ fs-policy --policy p.tsv | grep -E 'min_ratio|min_annual|poverty_line'; echo "exit $?"
<<< p.tsv
key	value
attendance.min_ratio	1/1
funds.min_annual_support	0.00
households.poverty_line	0
>>> stdout
attendance.min_ratio	1/1	p.tsv
funds.min_annual_support	0.00	p.tsv
households.poverty_line	0.00	p.tsv
exit 0
