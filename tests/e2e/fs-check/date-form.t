# A date's form is checked before its day: '2026-01-:1' (a ':' for the
# day's first digit) is "not a date (YYYY-MM-DD)", while '2026-02-30'
# has the form and is "no such day".
$ fs-check -t calendar --rejects rj.tsv c.tsv > /dev/null; echo "exit $?"; cut -f 2 rj.tsv
<<< c.tsv
date	type
2026-01-:1	holiday
2026-02-30	holiday
>>> stdout
exit 3
reason
column 'date': not a date (YYYY-MM-DD) (got '2026-01-:1')
column 'date': no such day (got '2026-02-30')
>>> stderr
fs-check: 2 invalid rows written to rj.tsv
