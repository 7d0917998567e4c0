# fs-check --type households on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh households; for f in households-*; do echo "== $f" >&2; fs-check --type households "$f"; echo "exit $?" >&2; done; for f in households-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type households --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
households-header	households	0	0
>>> stderr
== households-blank
fs-check: households-blank: no header line
exit 2
== households-dup
fs-check: households-dup: column 'household_id' named twice
exit 2
== households-empty
fs-check: households-empty: no header line
exit 2
== households-fewer
fs-check: households-fewer:3: 13 fields where the header has 14
exit 2
== households-garbage
fs-check: households-garbage: NUL byte in the header
exit 2
== households-gb18030
fs-check: households-gb18030:3: invalid UTF-8 in the line
exit 2
== households-header
exit 0
== households-huge
fs-check: households-huge:3: column 'household_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== households-missing
fs-check: households-missing: missing column 'household_id'
exit 2
== households-more
fs-check: households-more:3: 15 fields where the header has 14
exit 2
== households-nul
fs-check: households-nul:3: NUL byte in the line
exit 2
== households-tail
fs-check: households-tail:3: invalid UTF-8 in the line
fs-check: households-tail:4: invalid UTF-8 in the line
fs-check: households-tail:5: invalid UTF-8 in the line
fs-check: households-tail:6: invalid UTF-8 in the line
fs-check: households-tail:7: invalid UTF-8 in the line
exit 2
== households-utf8
fs-check: households-utf8:3: invalid UTF-8 in the line
exit 2
== households-values
fs-check: households-values:3: column 'members': not a count (digits) (got '-1')
fs-check: households-values:4: column 'members': a household has at least 1 member (got '0')
fs-check: households-values:5: column 'annual_income': not an amount (yuan, like 1234.50, no thousands separators) (got '5,200.00')
fs-check: households-values:6: column 'annual_income': not an amount (at most two decimals, to the fen) (got '5200.123')
fs-check: households-values:7: column 'annual_income': amount too large (got '99999999999999999999.00')
fs-check: households-values:8: column 'water': not yes or no (yes, no, y, n, 1, 0, true or false) (got 'perhaps')
fs-check: households-values:9: the same household_id as households-values:2 (got 'H01')
exit 2
== households-blank --rejects
exit 2, kept: (no file)
== households-dup --rejects
exit 2, kept: (no file)
== households-empty --rejects
exit 2, kept: (no file)
== households-fewer --rejects
exit 3, kept: households-fewer:3 
== households-garbage --rejects
exit 2, kept: (no file)
== households-gb18030 --rejects
exit 3, kept: households-gb18030:3 
== households-header --rejects
exit 0, kept: 
== households-huge --rejects
exit 3, kept: households-huge:3 
== households-missing --rejects
exit 2, kept: (no file)
== households-more --rejects
exit 3, kept: households-more:3 
== households-nul --rejects
exit 3, kept: households-nul:3 
== households-tail --rejects
exit 3, kept: households-tail:3 households-tail:4 households-tail:5 households-tail:6 households-tail:7 
== households-utf8 --rejects
exit 3, kept: households-utf8:3 
== households-values --rejects
exit 3, kept: households-values:3 households-values:4 households-values:5 households-values:6 households-values:7 households-values:8 households-values:9 
