# fs-check --type findings on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh findings; for f in findings-*; do echo "== $f" >&2; fs-check --type findings "$f"; echo "exit $?" >&2; done; for f in findings-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type findings --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
findings-header	findings	0	0
>>> stderr
== findings-blank
fs-check: findings-blank: no header line
exit 2
== findings-dup
fs-check: findings-dup: column 'tool' named twice
exit 2
== findings-empty
fs-check: findings-empty: no header line
exit 2
== findings-fewer
fs-check: findings-fewer:3: 8 fields where the header has 9
exit 2
== findings-garbage
fs-check: findings-garbage: NUL byte in the header
exit 2
== findings-gb18030
fs-check: findings-gb18030:3: invalid UTF-8 in the line
exit 2
== findings-header
exit 0
== findings-huge
fs-check: findings-huge:3: column 'tool': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== findings-missing
fs-check: findings-missing: missing column 'tool'
exit 2
== findings-more
fs-check: findings-more:3: 10 fields where the header has 9
exit 2
== findings-nul
fs-check: findings-nul:3: NUL byte in the line
exit 2
== findings-tail
fs-check: findings-tail:3: invalid UTF-8 in the line
fs-check: findings-tail:4: invalid UTF-8 in the line
fs-check: findings-tail:5: invalid UTF-8 in the line
fs-check: findings-tail:6: invalid UTF-8 in the line
fs-check: findings-tail:7: invalid UTF-8 in the line
exit 2
== findings-utf8
fs-check: findings-utf8:3: invalid UTF-8 in the line
exit 2
== findings-values
fs-check: findings-values:3: column 'severity': not one of: violation, warning (got 'fatal')
fs-check: findings-values:4: column 'period': no such month (got '2026-13')
fs-check: findings-values:5: column 'period': not a period (YYYY, YYYY-MM or a date) (got '26')
fs-check: findings-values:6: column 'rule': missing (got '')
exit 2
== findings-blank --rejects
exit 2, kept: (no file)
== findings-dup --rejects
exit 2, kept: (no file)
== findings-empty --rejects
exit 2, kept: (no file)
== findings-fewer --rejects
exit 3, kept: findings-fewer:3 
== findings-garbage --rejects
exit 2, kept: (no file)
== findings-gb18030 --rejects
exit 3, kept: findings-gb18030:3 
== findings-header --rejects
exit 0, kept: 
== findings-huge --rejects
exit 3, kept: findings-huge:3 
== findings-missing --rejects
exit 2, kept: (no file)
== findings-more --rejects
exit 3, kept: findings-more:3 
== findings-nul --rejects
exit 3, kept: findings-nul:3 
== findings-tail --rejects
exit 3, kept: findings-tail:3 findings-tail:4 findings-tail:5 findings-tail:6 findings-tail:7 
== findings-utf8 --rejects
exit 3, kept: findings-utf8:3 
== findings-values --rejects
exit 3, kept: findings-values:3 findings-values:4 findings-values:5 findings-values:6 
