# fs-check --type funds on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh funds; for f in funds-*; do echo "== $f" >&2; fs-check --type funds "$f"; echo "exit $?" >&2; done; for f in funds-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type funds --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
funds-header	funds	0	0
>>> stderr
== funds-blank
fs-check: funds-blank: no header line
exit 2
== funds-dup
fs-check: funds-dup: column 'date' named twice
exit 2
== funds-empty
fs-check: funds-empty: no header line
exit 2
== funds-fewer
fs-check: funds-fewer:3: 10 fields where the header has 11
exit 2
== funds-garbage
fs-check: funds-garbage: NUL byte in the header
exit 2
== funds-gb18030
fs-check: funds-gb18030:3: invalid UTF-8 in the line
exit 2
== funds-header
exit 0
== funds-huge
fs-check: funds-huge:3: column 'date': not a date (YYYY-MM-DD) (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== funds-missing
fs-check: funds-missing: missing column 'date'
exit 2
== funds-more
fs-check: funds-more:3: 12 fields where the header has 11
exit 2
== funds-nul
fs-check: funds-nul:3: NUL byte in the line
exit 2
== funds-tail
fs-check: funds-tail:3: invalid UTF-8 in the line
fs-check: funds-tail:4: invalid UTF-8 in the line
fs-check: funds-tail:5: invalid UTF-8 in the line
fs-check: funds-tail:6: invalid UTF-8 in the line
fs-check: funds-tail:7: invalid UTF-8 in the line
exit 2
== funds-utf8
fs-check: funds-utf8:3: invalid UTF-8 in the line
exit 2
== funds-values
fs-check: funds-values:3: column 'date': no such day (got '2026-02-30')
fs-check: funds-values:4: column 'amount': amount must be positive (flow says in or out) (got '-100.00')
fs-check: funds-values:5: column 'amount': not an amount (yuan, like 1234.50) (got '1.2.3')
fs-check: funds-values:6: column 'amount': not an amount (yuan, like 1234.50, without ¥ or 元) (got '￥100')
fs-check: funds-values:7: column 'flow': not one of: in, out (got 'sideways')
fs-check: funds-values:8: column 'secretary_id': missing (the category is paid for a secretary) (got '')
exit 2
== funds-blank --rejects
exit 2, kept: (no file)
== funds-dup --rejects
exit 2, kept: (no file)
== funds-empty --rejects
exit 2, kept: (no file)
== funds-fewer --rejects
exit 3, kept: funds-fewer:3 
== funds-garbage --rejects
exit 2, kept: (no file)
== funds-gb18030 --rejects
exit 3, kept: funds-gb18030:3 
== funds-header --rejects
exit 0, kept: 
== funds-huge --rejects
exit 3, kept: funds-huge:3 
== funds-missing --rejects
exit 2, kept: (no file)
== funds-more --rejects
exit 3, kept: funds-more:3 
== funds-nul --rejects
exit 3, kept: funds-nul:3 
== funds-tail --rejects
exit 3, kept: funds-tail:3 funds-tail:4 funds-tail:5 funds-tail:6 funds-tail:7 
== funds-utf8 --rejects
exit 3, kept: funds-utf8:3 
== funds-values --rejects
exit 3, kept: funds-values:3 funds-values:4 funds-values:5 funds-values:6 funds-values:7 funds-values:8 
