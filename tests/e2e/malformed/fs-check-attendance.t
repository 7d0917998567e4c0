# fs-check --type attendance on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh attendance; for f in attendance-*; do echo "== $f" >&2; fs-check --type attendance "$f"; echo "exit $?" >&2; done; for f in attendance-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type attendance --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
attendance-header	attendance	0	0
>>> stderr
== attendance-blank
fs-check: attendance-blank: no header line
exit 2
== attendance-dup
fs-check: attendance-dup: column 'secretary_id' named twice
exit 2
== attendance-empty
fs-check: attendance-empty: no header line
exit 2
== attendance-fewer
fs-check: attendance-fewer:3: 3 fields where the header has 4
exit 2
== attendance-garbage
fs-check: attendance-garbage: NUL byte in the header
exit 2
== attendance-gb18030
fs-check: attendance-gb18030:3: invalid UTF-8 in the line
exit 2
== attendance-header
exit 0
== attendance-huge
fs-check: attendance-huge:3: column 'secretary_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== attendance-missing
fs-check: attendance-missing: missing column 'secretary_id'
exit 2
== attendance-more
fs-check: attendance-more:3: 5 fields where the header has 4
exit 2
== attendance-nul
fs-check: attendance-nul:3: NUL byte in the line
exit 2
== attendance-tail
fs-check: attendance-tail:3: invalid UTF-8 in the line
fs-check: attendance-tail:4: invalid UTF-8 in the line
fs-check: attendance-tail:5: invalid UTF-8 in the line
fs-check: attendance-tail:6: invalid UTF-8 in the line
fs-check: attendance-tail:7: invalid UTF-8 in the line
exit 2
== attendance-utf8
fs-check: attendance-utf8:3: invalid UTF-8 in the line
exit 2
== attendance-values
fs-check: attendance-values:3: column 'date': no such day (got '2026-13-05')
fs-check: attendance-values:4: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'maybe')
fs-check: attendance-values:5: column 'date': not a date (YYYY-MM-DD) (got '26-01-07')
fs-check: attendance-values:6: conflicts with 'in_village' at attendance-values:2 for the same secretary_id and date (got 'absent')
fs-check: attendance-values:7: column 'secretary_id': missing (got '')
exit 2
== attendance-blank --rejects
exit 2, kept: (no file)
== attendance-dup --rejects
exit 2, kept: (no file)
== attendance-empty --rejects
exit 2, kept: (no file)
== attendance-fewer --rejects
exit 3, kept: attendance-fewer:3 
== attendance-garbage --rejects
exit 2, kept: (no file)
== attendance-gb18030 --rejects
exit 3, kept: attendance-gb18030:3 
== attendance-header --rejects
exit 0, kept: 
== attendance-huge --rejects
exit 3, kept: attendance-huge:3 
== attendance-missing --rejects
exit 2, kept: (no file)
== attendance-more --rejects
exit 3, kept: attendance-more:3 
== attendance-nul --rejects
exit 3, kept: attendance-nul:3 
== attendance-tail --rejects
exit 3, kept: attendance-tail:3 attendance-tail:4 attendance-tail:5 attendance-tail:6 attendance-tail:7 
== attendance-utf8 --rejects
exit 3, kept: attendance-utf8:3 
== attendance-values --rejects
exit 3, kept: attendance-values:3 attendance-values:4 attendance-values:5 attendance-values:6 attendance-values:7 
