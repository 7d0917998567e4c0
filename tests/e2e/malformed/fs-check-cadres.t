# fs-check --type cadres on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh cadres; for f in cadres-*; do echo "== $f" >&2; fs-check --type cadres "$f"; echo "exit $?" >&2; done; for f in cadres-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type cadres --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
cadres-header	cadres	0	0
>>> stderr
== cadres-blank
fs-check: cadres-blank: no header line
exit 2
== cadres-dup
fs-check: cadres-dup: column 'cadre_id' named twice
exit 2
== cadres-empty
fs-check: cadres-empty: no header line
exit 2
== cadres-fewer
fs-check: cadres-fewer:3: 2 fields where the header has 3
exit 2
== cadres-garbage
fs-check: cadres-garbage: NUL byte in the header
exit 2
== cadres-gb18030
fs-check: cadres-gb18030:3: invalid UTF-8 in the line (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
exit 2
== cadres-header
exit 0
== cadres-huge
fs-check: cadres-huge:3: column 'cadre_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== cadres-missing
fs-check: cadres-missing: missing column 'cadre_id'
exit 2
== cadres-more
fs-check: cadres-more:3: 4 fields where the header has 3
exit 2
== cadres-nul
fs-check: cadres-nul:3: NUL byte in the line
exit 2
== cadres-tail
fs-check: cadres-tail:3: invalid UTF-8 in the line
fs-check: cadres-tail:4: invalid UTF-8 in the line
fs-check: cadres-tail:5: invalid UTF-8 in the line
fs-check: cadres-tail:6: invalid UTF-8 in the line
fs-check: cadres-tail:7: invalid UTF-8 in the line
exit 2
== cadres-utf8
fs-check: cadres-utf8:3: invalid UTF-8 in the line
exit 2
== cadres-values
fs-check: cadres-values:3: column 'relative_id_number': not a resident ID number (17 digits and a check digit) (got '110105********002Y')
fs-check: cadres-values:4: column 'relative_id_number': missing (got '')
exit 2
== cadres-blank --rejects
exit 2, kept: (no file)
== cadres-dup --rejects
exit 2, kept: (no file)
== cadres-empty --rejects
exit 2, kept: (no file)
== cadres-fewer --rejects
exit 3, kept: cadres-fewer:3 
== cadres-garbage --rejects
exit 2, kept: (no file)
== cadres-gb18030 --rejects
exit 3, kept: cadres-gb18030:3 
== cadres-header --rejects
exit 0, kept: 
== cadres-huge --rejects
exit 3, kept: cadres-huge:3 
== cadres-missing --rejects
exit 2, kept: (no file)
== cadres-more --rejects
exit 3, kept: cadres-more:3 
== cadres-nul --rejects
exit 3, kept: cadres-nul:3 
== cadres-tail --rejects
exit 3, kept: cadres-tail:3 cadres-tail:4 cadres-tail:5 cadres-tail:6 cadres-tail:7 
== cadres-utf8 --rejects
exit 3, kept: cadres-utf8:3 
== cadres-values --rejects
exit 3, kept: cadres-values:3 cadres-values:4 
