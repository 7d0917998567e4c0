# fs-check --type rules on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh rules; for f in rules-*; do echo "== $f" >&2; fs-check --type rules "$f"; echo "exit $?" >&2; done; for f in rules-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type rules --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
rules-header	rules	0	0
>>> stderr
== rules-blank
fs-check: rules-blank: no header line
exit 2
== rules-dup
fs-check: rules-dup: column 'rule' named twice
exit 2
== rules-empty
fs-check: rules-empty: no header line
exit 2
== rules-fewer
fs-check: rules-fewer:3: 2 fields where the header has 3
exit 2
== rules-garbage
fs-check: rules-garbage: NUL byte in the header
exit 2
== rules-gb18030
fs-check: rules-gb18030:3: invalid UTF-8 in the line
exit 2
== rules-header
exit 0
== rules-huge
fs-check: rules-huge:3: column 'rule': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== rules-missing
fs-check: rules-missing: missing column 'rule'
exit 2
== rules-more
fs-check: rules-more:3: 4 fields where the header has 3
exit 2
== rules-nul
fs-check: rules-nul:3: NUL byte in the line
exit 2
== rules-tail
fs-check: rules-tail:3: invalid UTF-8 in the line
fs-check: rules-tail:4: invalid UTF-8 in the line
fs-check: rules-tail:5: invalid UTF-8 in the line
fs-check: rules-tail:6: invalid UTF-8 in the line
fs-check: rules-tail:7: invalid UTF-8 in the line
exit 2
== rules-utf8
fs-check: rules-utf8:3: invalid UTF-8 in the line
exit 2
== rules-values
fs-check: rules-values:3: the same rule as rules-values:2 (got 'audit.gift')
fs-check: rules-values:4: column 'severity': not one of: violation, warning (got 'critical')
fs-check: rules-values:5: column 'rule': missing (got '')
exit 2
== rules-blank --rejects
exit 2, kept: (no file)
== rules-dup --rejects
exit 2, kept: (no file)
== rules-empty --rejects
exit 2, kept: (no file)
== rules-fewer --rejects
exit 3, kept: rules-fewer:3 
== rules-garbage --rejects
exit 2, kept: (no file)
== rules-gb18030 --rejects
exit 3, kept: rules-gb18030:3 
== rules-header --rejects
exit 0, kept: 
== rules-huge --rejects
exit 3, kept: rules-huge:3 
== rules-missing --rejects
exit 2, kept: (no file)
== rules-more --rejects
exit 3, kept: rules-more:3 
== rules-nul --rejects
exit 3, kept: rules-nul:3 
== rules-tail --rejects
exit 3, kept: rules-tail:3 rules-tail:4 rules-tail:5 rules-tail:6 rules-tail:7 
== rules-utf8 --rejects
exit 3, kept: rules-utf8:3 
== rules-values --rejects
exit 3, kept: rules-values:3 rules-values:4 rules-values:5 
