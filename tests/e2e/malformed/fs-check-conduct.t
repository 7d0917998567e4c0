# fs-check --type conduct on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh conduct; for f in conduct-*; do echo "== $f" >&2; fs-check --type conduct "$f"; echo "exit $?" >&2; done; for f in conduct-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type conduct --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
conduct-header	conduct	0	0
>>> stderr
== conduct-blank
fs-check: conduct-blank: no header line
exit 2
== conduct-dup
fs-check: conduct-dup: column 'date' named twice
exit 2
== conduct-empty
fs-check: conduct-empty: no header line
exit 2
== conduct-fewer
fs-check: conduct-fewer:3: 5 fields where the header has 6
exit 2
== conduct-garbage
fs-check: conduct-garbage: NUL byte in the header
exit 2
== conduct-gb18030
fs-check: conduct-gb18030:3: invalid UTF-8 in the line
exit 2
== conduct-header
exit 0
== conduct-huge
fs-check: conduct-huge:3: column 'date': not a date (YYYY-MM-DD) (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== conduct-missing
fs-check: conduct-missing: missing column 'date'
exit 2
== conduct-more
fs-check: conduct-more:3: 7 fields where the header has 6
exit 2
== conduct-nul
fs-check: conduct-nul:3: NUL byte in the line
exit 2
== conduct-tail
fs-check: conduct-tail:3: invalid UTF-8 in the line
fs-check: conduct-tail:4: invalid UTF-8 in the line
fs-check: conduct-tail:5: invalid UTF-8 in the line
fs-check: conduct-tail:6: invalid UTF-8 in the line
fs-check: conduct-tail:7: invalid UTF-8 in the line
exit 2
== conduct-utf8
fs-check: conduct-utf8:3: invalid UTF-8 in the line
exit 2
== conduct-values
fs-check: conduct-values:3: column 'date': no such day (got '2025-02-29')
fs-check: conduct-values:4: column 'kind': not one of: meal, gift, reimbursement, banquet, gambling, superstition (got 'bribe')
fs-check: conduct-values:5: column 'amount': not an amount (yuan, like 1234.50, without ¥ or 元) (got '120元')
fs-check: conduct-values:6: column 'settled': not yes or no (yes, no, y, n, 1, 0, true or false) (got '是')
exit 2
== conduct-blank --rejects
exit 2, kept: (no file)
== conduct-dup --rejects
exit 2, kept: (no file)
== conduct-empty --rejects
exit 2, kept: (no file)
== conduct-fewer --rejects
exit 3, kept: conduct-fewer:3 
== conduct-garbage --rejects
exit 2, kept: (no file)
== conduct-gb18030 --rejects
exit 3, kept: conduct-gb18030:3 
== conduct-header --rejects
exit 0, kept: 
== conduct-huge --rejects
exit 3, kept: conduct-huge:3 
== conduct-missing --rejects
exit 2, kept: (no file)
== conduct-more --rejects
exit 3, kept: conduct-more:3 
== conduct-nul --rejects
exit 3, kept: conduct-nul:3 
== conduct-tail --rejects
exit 3, kept: conduct-tail:3 conduct-tail:4 conduct-tail:5 conduct-tail:6 conduct-tail:7 
== conduct-utf8 --rejects
exit 3, kept: conduct-utf8:3 
== conduct-values --rejects
exit 3, kept: conduct-values:3 conduct-values:4 conduct-values:5 conduct-values:6 
