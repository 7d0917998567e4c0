# fs-check --type benefits on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh benefits; for f in benefits-*; do echo "== $f" >&2; fs-check --type benefits "$f"; echo "exit $?" >&2; done; for f in benefits-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type benefits --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
benefits-header	benefits	0	0
>>> stderr
== benefits-blank
fs-check: benefits-blank: no header line
exit 2
== benefits-dup
fs-check: benefits-dup: column 'household_id' named twice
exit 2
== benefits-empty
fs-check: benefits-empty: no header line
exit 2
== benefits-fewer
fs-check: benefits-fewer:3: 9 fields where the header has 10
exit 2
== benefits-garbage
fs-check: benefits-garbage: NUL byte in the header
exit 2
== benefits-gb18030
fs-check: benefits-gb18030:3: invalid UTF-8 in the line (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
exit 2
== benefits-header
exit 0
== benefits-huge
fs-check: benefits-huge:3: column 'household_id': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== benefits-missing
fs-check: benefits-missing: missing column 'household_id'
exit 2
== benefits-more
fs-check: benefits-more:3: 11 fields where the header has 10
exit 2
== benefits-nul
fs-check: benefits-nul:3: NUL byte in the line
exit 2
== benefits-tail
fs-check: benefits-tail:3: invalid UTF-8 in the line
fs-check: benefits-tail:4: invalid UTF-8 in the line
fs-check: benefits-tail:5: invalid UTF-8 in the line
fs-check: benefits-tail:6: invalid UTF-8 in the line
fs-check: benefits-tail:7: invalid UTF-8 in the line
exit 2
== benefits-utf8
fs-check: benefits-utf8:3: invalid UTF-8 in the line
exit 2
== benefits-values
fs-check: benefits-values:3: column 'id_number': resident ID number with a wrong check digit (got '440304********1234')
fs-check: benefits-values:4: column 'id_number': resident ID number with an impossible birth date (got '440304********1233')
fs-check: benefits-values:5: column 'id_number': not a resident ID number (18 characters) (got '440304*******1123')
fs-check: benefits-values:6: column 'notice_end': no such day (got '2026-01-32')
fs-check: benefits-values:7: column 'amount': not an amount (at most two decimals, to the fen) (got '0.001')
exit 2
== benefits-blank --rejects
exit 2, kept: (no file)
== benefits-dup --rejects
exit 2, kept: (no file)
== benefits-empty --rejects
exit 2, kept: (no file)
== benefits-fewer --rejects
exit 3, kept: benefits-fewer:3 
== benefits-garbage --rejects
exit 2, kept: (no file)
== benefits-gb18030 --rejects
exit 3, kept: benefits-gb18030:3 
== benefits-header --rejects
exit 0, kept: 
== benefits-huge --rejects
exit 3, kept: benefits-huge:3 
== benefits-missing --rejects
exit 2, kept: (no file)
== benefits-more --rejects
exit 3, kept: benefits-more:3 
== benefits-nul --rejects
exit 3, kept: benefits-nul:3 
== benefits-tail --rejects
exit 3, kept: benefits-tail:3 benefits-tail:4 benefits-tail:5 benefits-tail:6 benefits-tail:7 
== benefits-utf8 --rejects
exit 3, kept: benefits-utf8:3 
== benefits-values --rejects
exit 3, kept: benefits-values:3 benefits-values:4 benefits-values:5 benefits-values:6 benefits-values:7 
