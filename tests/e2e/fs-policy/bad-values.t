# Bad values are errors: each case its own file.
$ for v in 'attendance.min_ratio	3/2' 'attendance.min_ratio	2/0' 'funds.idle_days	-1' 'households.poverty_line	4,000' 'attendance.count_training	perhaps' 'funds.min_annual_support	-5.00'; do printf 'key\tvalue\n%s\n' "$v" > p.tsv; fs-policy --policy p.tsv; echo "exit $?"; done 2>&1
>>> stdout
fs-policy: p.tsv:2: column 'value': ratio above 1 for attendance.min_ratio (got '3/2')
exit 2
fs-policy: p.tsv:2: column 'value': ratio with a zero denominator for attendance.min_ratio (got '2/0')
exit 2
fs-policy: p.tsv:2: column 'value': not a count (digits) for funds.idle_days (got '-1')
exit 2
fs-policy: p.tsv:2: column 'value': not an amount (yuan, like 1234.50, no thousands separators) for households.poverty_line (got '4,000')
exit 2
fs-policy: p.tsv:2: column 'value': not yes or no (yes, no, y, n, 1, 0, true or false) for attendance.count_training (got 'perhaps')
exit 2
fs-policy: p.tsv:2: column 'value': a negative amount for funds.min_annual_support (got '-5.00')
exit 2
