# fs-check --type rectify on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh rectify; for f in rectify-*; do echo "== $f" >&2; fs-check --type rectify "$f"; echo "exit $?" >&2; done; for f in rectify-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type rectify --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
rectify-header	rectify	0	0
>>> stderr
== rectify-blank
fs-check: rectify-blank: no header line
exit 2
== rectify-dup
fs-check: rectify-dup: column 'item_id' named twice
exit 2
== rectify-empty
fs-check: rectify-empty: no header line
exit 2
== rectify-fewer
fs-check: rectify-fewer:3: 10 fields where the header has 11
exit 2
== rectify-garbage
fs-check: rectify-garbage: NUL byte in the header
exit 2
== rectify-gb18030
fs-check: rectify-gb18030:3: invalid UTF-8 in the line
exit 2
== rectify-header
exit 0
== rectify-huge
fs-check: rectify-huge:3: column 'item_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== rectify-missing
fs-check: rectify-missing: missing column 'item_id'
exit 2
== rectify-more
fs-check: rectify-more:3: 12 fields where the header has 11
exit 2
== rectify-nul
fs-check: rectify-nul:3: NUL byte in the line
exit 2
== rectify-tail
fs-check: rectify-tail:3: invalid UTF-8 in the line
fs-check: rectify-tail:4: invalid UTF-8 in the line
fs-check: rectify-tail:5: invalid UTF-8 in the line
fs-check: rectify-tail:6: invalid UTF-8 in the line
fs-check: rectify-tail:7: invalid UTF-8 in the line
exit 2
== rectify-utf8
fs-check: rectify-utf8:3: invalid UTF-8 in the line
exit 2
== rectify-values
fs-check: rectify-values:3: column 'opened': no such day (got '2026-04-31')
fs-check: rectify-values:4: column 'problem': missing (got '')
fs-check: rectify-values:5: column 'deadline': no such day (got '2026-06-31')
fs-check: rectify-values:6: the same item_id as rectify-values:2 (got 'R01')
exit 2
== rectify-blank --rejects
exit 2, kept: (no file)
== rectify-dup --rejects
exit 2, kept: (no file)
== rectify-empty --rejects
exit 2, kept: (no file)
== rectify-fewer --rejects
exit 3, kept: rectify-fewer:3 
== rectify-garbage --rejects
exit 2, kept: (no file)
== rectify-gb18030 --rejects
exit 3, kept: rectify-gb18030:3 
== rectify-header --rejects
exit 0, kept: 
== rectify-huge --rejects
exit 3, kept: rectify-huge:3 
== rectify-missing --rejects
exit 2, kept: (no file)
== rectify-more --rejects
exit 3, kept: rectify-more:3 
== rectify-nul --rejects
exit 3, kept: rectify-nul:3 
== rectify-tail --rejects
exit 3, kept: rectify-tail:3 rectify-tail:4 rectify-tail:5 rectify-tail:6 rectify-tail:7 
== rectify-utf8 --rejects
exit 3, kept: rectify-utf8:3 
== rectify-values --rejects
exit 3, kept: rectify-values:3 rectify-values:4 rectify-values:5 rectify-values:6 
