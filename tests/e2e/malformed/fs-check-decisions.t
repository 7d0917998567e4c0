# fs-check --type decisions on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh decisions; for f in decisions-*; do echo "== $f" >&2; fs-check --type decisions "$f"; echo "exit $?" >&2; done; for f in decisions-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type decisions --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
decisions-header	decisions	0	0
>>> stderr
== decisions-blank
fs-check: decisions-blank: no header line
exit 2
== decisions-dup
fs-check: decisions-dup: column 'decision_id' named twice
exit 2
== decisions-empty
fs-check: decisions-empty: no header line
exit 2
== decisions-fewer
fs-check: decisions-fewer:3: 8 fields where the header has 9
exit 2
== decisions-garbage
fs-check: decisions-garbage: NUL byte in the header
exit 2
== decisions-gb18030
fs-check: decisions-gb18030:3: invalid UTF-8 in the line
exit 2
== decisions-header
exit 0
== decisions-huge
fs-check: decisions-huge:3: column 'decision_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== decisions-missing
fs-check: decisions-missing: missing column 'decision_id'
exit 2
== decisions-more
fs-check: decisions-more:3: 10 fields where the header has 9
exit 2
== decisions-nul
fs-check: decisions-nul:3: NUL byte in the line
exit 2
== decisions-tail
fs-check: decisions-tail:3: invalid UTF-8 in the line
fs-check: decisions-tail:4: invalid UTF-8 in the line
fs-check: decisions-tail:5: invalid UTF-8 in the line
fs-check: decisions-tail:6: invalid UTF-8 in the line
fs-check: decisions-tail:7: invalid UTF-8 in the line
exit 2
== decisions-utf8
fs-check: decisions-utf8:3: invalid UTF-8 in the line
exit 2
== decisions-values
fs-check: decisions-values:3: column 'date': no such day (got '2026-00-05')
fs-check: decisions-values:4: column 'attendees': more attendees than eligible representatives (got '31')
fs-check: decisions-values:5: column 'votes_for': more votes for than attendees (got '26')
fs-check: decisions-values:6: column 'eligible': not a count (digits) (got '三十')
fs-check: decisions-values:7: column 'amount': not an amount (an accounting format's zero? write 0) (got '-')
fs-check: decisions-values:8: the same decision_id and stage as decisions-values:2 (got 'D01')
exit 2
== decisions-blank --rejects
exit 2, kept: (no file)
== decisions-dup --rejects
exit 2, kept: (no file)
== decisions-empty --rejects
exit 2, kept: (no file)
== decisions-fewer --rejects
exit 3, kept: decisions-fewer:3 
== decisions-garbage --rejects
exit 2, kept: (no file)
== decisions-gb18030 --rejects
exit 3, kept: decisions-gb18030:3 
== decisions-header --rejects
exit 0, kept: 
== decisions-huge --rejects
exit 3, kept: decisions-huge:3 
== decisions-missing --rejects
exit 2, kept: (no file)
== decisions-more --rejects
exit 3, kept: decisions-more:3 
== decisions-nul --rejects
exit 3, kept: decisions-nul:3 
== decisions-tail --rejects
exit 3, kept: decisions-tail:3 decisions-tail:4 decisions-tail:5 decisions-tail:6 decisions-tail:7 
== decisions-utf8 --rejects
exit 3, kept: decisions-utf8:3 
== decisions-values --rejects
exit 3, kept: decisions-values:3 decisions-values:4 decisions-values:5 decisions-values:6 decisions-values:7 decisions-values:8 
