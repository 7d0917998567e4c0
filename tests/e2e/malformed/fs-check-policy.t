# fs-check --type policy on malformed input (files/malform.sh says what each
# file is): each bad file gives exit 2 and FILE:LINE (FILE: for trouble
# in the header), nothing on stdout, no crash; with --rejects every bad
# row is kept and the exit is 3.  A header alone is a valid, empty file.
$ sh malform.sh policy; for f in policy-*; do echo "== $f" >&2; fs-check --type policy "$f"; echo "exit $?" >&2; done; for f in policy-*; do echo "== $f --rejects" >&2; rm -f r.tsv; fs-check --type policy --rejects r.tsv "$f" > /dev/null 2>&1; echo "exit $?, kept: $(if test -e r.tsv; then cut -f 1 r.tsv | sed 1d | tr '\n' ' '; else echo '(no file)'; fi)" >&2; done
>>> stdout
file	type	rows	invalid
policy-header	policy	0	0
>>> stderr
== policy-blank
fs-check: policy-blank: no header line
exit 2
== policy-dup
fs-check: policy-dup: column 'key' named twice
exit 2
== policy-empty
fs-check: policy-empty: no header line
exit 2
== policy-fewer
fs-check: policy-fewer:3: 1 field where the header has 2
exit 2
== policy-garbage
fs-check: policy-garbage: NUL byte in the header
exit 2
== policy-gb18030
fs-check: policy-gb18030:3: invalid UTF-8 in the line (a file saved in GB18030? iconv -f GB18030 -t UTF-8 converts it)
exit 2
== policy-header
exit 0
== policy-huge
fs-check: policy-huge:3: column 'key': id longer than 64 bytes (got 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...')
exit 2
== policy-missing
fs-check: policy-missing: missing column 'key'
exit 2
== policy-more
fs-check: policy-more:3: 3 fields where the header has 2
exit 2
== policy-nul
fs-check: policy-nul:3: NUL byte in the line
exit 2
== policy-tail
fs-check: policy-tail:3: invalid UTF-8 in the line
fs-check: policy-tail:4: invalid UTF-8 in the line
fs-check: policy-tail:5: invalid UTF-8 in the line
fs-check: policy-tail:6: invalid UTF-8 in the line
fs-check: policy-tail:7: invalid UTF-8 in the line
exit 2
== policy-utf8
fs-check: policy-utf8:3: invalid UTF-8 in the line
exit 2
== policy-values
fs-check: policy-values:3: the same key as policy-values:2 (got 'attendance.min_ratio')
fs-check: policy-values:4: column 'key': id with white space or a control character (did you mean 'audit.notice_days'?) (got 'audit notice days')
fs-check: policy-values:5: column 'value': missing (got '')
exit 2
== policy-blank --rejects
exit 2, kept: (no file)
== policy-dup --rejects
exit 2, kept: (no file)
== policy-empty --rejects
exit 2, kept: (no file)
== policy-fewer --rejects
exit 3, kept: policy-fewer:3 
== policy-garbage --rejects
exit 2, kept: (no file)
== policy-gb18030 --rejects
exit 3, kept: policy-gb18030:3 
== policy-header --rejects
exit 0, kept: 
== policy-huge --rejects
exit 3, kept: policy-huge:3 
== policy-missing --rejects
exit 2, kept: (no file)
== policy-more --rejects
exit 3, kept: policy-more:3 
== policy-nul --rejects
exit 3, kept: policy-nul:3 
== policy-tail --rejects
exit 3, kept: policy-tail:3 policy-tail:4 policy-tail:5 policy-tail:6 policy-tail:7 
== policy-utf8 --rejects
exit 3, kept: policy-utf8:3 
== policy-values --rejects
exit 3, kept: policy-values:3 policy-values:4 policy-values:5 
