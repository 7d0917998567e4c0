# fs-check --type calendar on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh calendar; for f in calendar-*; do echo "== $f" >&2; fs-check --type calendar "$f"; echo "exit $?" >&2; done; for f in calendar-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type calendar --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
calendar-header	calendar	0	0
>>> stderr
== calendar-blank
fs-check: calendar-blank: no header line
exit 2
== calendar-dup
fs-check: calendar-dup: column 'date' named twice
exit 2
== calendar-empty
fs-check: calendar-empty: no header line
exit 2
== calendar-fewer
fs-check: calendar-fewer:3: 1 field where the header has 2
exit 2
== calendar-garbage
fs-check: calendar-garbage: NUL byte in the header
exit 2
== calendar-gb18030
fs-check: calendar-gb18030:3: invalid UTF-8 in the line (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
exit 2
== calendar-header
exit 0
== calendar-huge
fs-check: calendar-huge:3: column 'date': not a date (YYYY-MM-DD) (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== calendar-missing
fs-check: calendar-missing: missing column 'date'
exit 2
== calendar-more
fs-check: calendar-more:3: 3 fields where the header has 2
exit 2
== calendar-nul
fs-check: calendar-nul:3: NUL byte in the line
exit 2
== calendar-tail
fs-check: calendar-tail:3: invalid UTF-8 in the line
fs-check: calendar-tail:4: invalid UTF-8 in the line
fs-check: calendar-tail:5: invalid UTF-8 in the line
fs-check: calendar-tail:6: invalid UTF-8 in the line
fs-check: calendar-tail:7: invalid UTF-8 in the line
exit 2
== calendar-utf8
fs-check: calendar-utf8:3: invalid UTF-8 in the line
exit 2
== calendar-values
fs-check: calendar-values:3: column 'date': no such day (got '2026-02-29')
fs-check: calendar-values:4: column 'type': not one of: holiday, workday (got 'weekend')
fs-check: calendar-values:5: the same date as calendar-values:2, given as 'holiday' there (got '2026-01-01')
exit 2
== calendar-blank --rejects
exit 2, kept: (no file)
== calendar-dup --rejects
exit 2, kept: (no file)
== calendar-empty --rejects
exit 2, kept: (no file)
== calendar-fewer --rejects
exit 3, kept: calendar-fewer:3 
== calendar-garbage --rejects
exit 2, kept: (no file)
== calendar-gb18030 --rejects
exit 3, kept: calendar-gb18030:3 
== calendar-header --rejects
exit 0, kept: 
== calendar-huge --rejects
exit 3, kept: calendar-huge:3 
== calendar-missing --rejects
exit 2, kept: (no file)
== calendar-more --rejects
exit 3, kept: calendar-more:3 
== calendar-nul --rejects
exit 3, kept: calendar-nul:3 
== calendar-tail --rejects
exit 3, kept: calendar-tail:3 calendar-tail:4 calendar-tail:5 calendar-tail:6 calendar-tail:7 
== calendar-utf8 --rejects
exit 3, kept: calendar-utf8:3 
== calendar-values --rejects
exit 3, kept: calendar-values:3 calendar-values:4 calendar-values:5 
