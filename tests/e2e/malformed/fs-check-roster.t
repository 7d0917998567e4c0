# fs-check --type roster on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh roster; for f in roster-*; do echo "== $f" >&2; fs-check --type roster "$f"; echo "exit $?" >&2; done; for f in roster-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type roster --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
roster-header	roster	0	0
>>> stderr
== roster-blank
fs-check: roster-blank: no header line
exit 2
== roster-dup
fs-check: roster-dup: column 'secretary_id' named twice
exit 2
== roster-empty
fs-check: roster-empty: no header line
exit 2
== roster-fewer
fs-check: roster-fewer:3: 10 fields where the header has 11
exit 2
== roster-garbage
fs-check: roster-garbage: NUL byte in the header
exit 2
== roster-gb18030
fs-check: roster-gb18030:3: invalid UTF-8 in the line
exit 2
== roster-header
exit 0
== roster-huge
fs-check: roster-huge:3: column 'secretary_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== roster-missing
fs-check: roster-missing: missing column 'secretary_id'
exit 2
== roster-more
fs-check: roster-more:3: 12 fields where the header has 11
exit 2
== roster-nul
fs-check: roster-nul:3: NUL byte in the line
exit 2
== roster-tail
fs-check: roster-tail:3: invalid UTF-8 in the line
fs-check: roster-tail:4: invalid UTF-8 in the line
fs-check: roster-tail:5: invalid UTF-8 in the line
fs-check: roster-tail:6: invalid UTF-8 in the line
fs-check: roster-tail:7: invalid UTF-8 in the line
exit 2
== roster-utf8
fs-check: roster-utf8:3: invalid UTF-8 in the line
exit 2
== roster-values
fs-check: roster-values:3: column 'term_start': no such day (got '2025-02-29')
fs-check: roster-values:4: column 'id_number': resident ID number with a wrong check digit (got '110105********0021')
fs-check: roster-values:5: column 'secretary_id': id with white space or a control character (got 'S 04')
fs-check: roster-values:6: column 'name': missing (got '')
fs-check: roster-values:7: column 'term_end': term_end before term_start (got '2024-02-28')
fs-check: roster-values:8: the same secretary_id and term_start as roster-values:2 (got 'S01')
exit 2
== roster-blank --rejects
exit 2, kept: (no file)
== roster-dup --rejects
exit 2, kept: (no file)
== roster-empty --rejects
exit 2, kept: (no file)
== roster-fewer --rejects
exit 3, kept: roster-fewer:3 
== roster-garbage --rejects
exit 2, kept: (no file)
== roster-gb18030 --rejects
exit 3, kept: roster-gb18030:3 
== roster-header --rejects
exit 0, kept: 
== roster-huge --rejects
exit 3, kept: roster-huge:3 
== roster-missing --rejects
exit 2, kept: (no file)
== roster-more --rejects
exit 3, kept: roster-more:3 
== roster-nul --rejects
exit 3, kept: roster-nul:3 
== roster-tail --rejects
exit 3, kept: roster-tail:3 roster-tail:4 roster-tail:5 roster-tail:6 roster-tail:7 
== roster-utf8 --rejects
exit 3, kept: roster-utf8:3 
== roster-values --rejects
exit 3, kept: roster-values:3 roster-values:4 roster-values:5 roster-values:6 roster-values:7 roster-values:8 
