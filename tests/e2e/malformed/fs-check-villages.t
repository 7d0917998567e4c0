# fs-check --type villages on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh villages; for f in villages-*; do echo "== $f" >&2; fs-check --type villages "$f"; echo "exit $?" >&2; done; for f in villages-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type villages --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
villages-header	villages	0	0
>>> stderr
== villages-blank
fs-check: villages-blank: no header line
exit 2
== villages-dup
fs-check: villages-dup: column 'village_id' named twice
exit 2
== villages-empty
fs-check: villages-empty: no header line
exit 2
== villages-fewer
fs-check: villages-fewer:3: 3 fields where the header has 4
exit 2
== villages-garbage
fs-check: villages-garbage: NUL byte in the header
exit 2
== villages-gb18030
fs-check: villages-gb18030:3: invalid UTF-8 in the line
exit 2
== villages-header
exit 0
== villages-huge
fs-check: villages-huge:3: column 'village_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== villages-missing
fs-check: villages-missing: missing column 'village_id'
exit 2
== villages-more
fs-check: villages-more:3: 5 fields where the header has 4
exit 2
== villages-nul
fs-check: villages-nul:3: NUL byte in the line
exit 2
== villages-tail
fs-check: villages-tail:3: invalid UTF-8 in the line
fs-check: villages-tail:4: invalid UTF-8 in the line
fs-check: villages-tail:5: invalid UTF-8 in the line
fs-check: villages-tail:6: invalid UTF-8 in the line
fs-check: villages-tail:7: invalid UTF-8 in the line
exit 2
== villages-utf8
fs-check: villages-utf8:3: invalid UTF-8 in the line
exit 2
== villages-values
fs-check: villages-values:3: column 'name': missing (got '')
fs-check: villages-values:4: the same village_id as villages-values:2 (got 'V01')
fs-check: villages-values:5: column 'village_id': id with white space or a control character (got 'V 03')
exit 2
== villages-blank --rejects
exit 2, kept: (no file)
== villages-dup --rejects
exit 2, kept: (no file)
== villages-empty --rejects
exit 2, kept: (no file)
== villages-fewer --rejects
exit 3, kept: villages-fewer:3 
== villages-garbage --rejects
exit 2, kept: (no file)
== villages-gb18030 --rejects
exit 3, kept: villages-gb18030:3 
== villages-header --rejects
exit 0, kept: 
== villages-huge --rejects
exit 3, kept: villages-huge:3 
== villages-missing --rejects
exit 2, kept: (no file)
== villages-more --rejects
exit 3, kept: villages-more:3 
== villages-nul --rejects
exit 3, kept: villages-nul:3 
== villages-tail --rejects
exit 3, kept: villages-tail:3 villages-tail:4 villages-tail:5 villages-tail:6 villages-tail:7 
== villages-utf8 --rejects
exit 3, kept: villages-utf8:3 
== villages-values --rejects
exit 3, kept: villages-values:3 villages-values:4 villages-values:5 
