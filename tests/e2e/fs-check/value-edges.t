# The edges of the value checks (SPEC 1.2), one row each: a date's
# second '-' checked; an id with DEL (0x7f) or an escaped newline (a
# control character once decoded), and of 65 bytes, is invalid, while
# 64 bytes and an escaped backslash before a 't' (a\\tb is 'a\tb', no
# tab) are fine; an amount past int64 fen is invalid, at 2^64 too (it
# must not wrap round), and 92233720368547758.07 yuan, INT64_MAX fen,
# is the largest valid.
$ x=$(printf '%064d' 0 | tr 0 x); { printf 'date\tsecretary_id\tkind\n2024-01x15\ts1\tmeal\n2024-01-15\ts\1771\tmeal\n2024-01-15\ts\\n1\tmeal\n2024-01-15\ta\\\\tb\tmeal\n'; printf '2024-01-15\t%s\tmeal\n' "$x" "${x}x"; } > ids.tsv; fs-check -t conduct --rejects rj.tsv ids.tsv amt.tsv; echo "exit $?"; cut -f 1,2 rj.tsv
<<< amt.tsv
date	secretary_id	kind	amount
2024-01-15	s1	meal	18446744073709551616
2024-01-15	s1	meal	92233720368547759
2024-01-15	s1	meal	92233720368547758
2024-01-15	s1	meal	92233720368547758.08
2024-01-15	s1	meal	92233720368547758.07
>>> stdout
file	type	rows	invalid
ids.tsv	conduct	6	4
amt.tsv	conduct	5	3
exit 3
source	reason
ids.tsv:2	column 'date': not a date (YYYY-MM-DD) (got '2024-01x15')
ids.tsv:3	column 'secretary_id': id with white space or a control character (got 's\x7f1')
ids.tsv:4	column 'secretary_id': id with white space or a control character (got 's\n1')
ids.tsv:7	column 'secretary_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
amt.tsv:2	column 'amount': amount too large (got '18446744073709551616')
amt.tsv:3	column 'amount': amount too large (got '92233720368547759')
amt.tsv:5	column 'amount': amount too large (got '92233720368547758.08')
>>> stderr
fs-check: 7 invalid rows written to rj.tsv
