# --help, --version; an unknown option is a usage error (exit 2);
# --findings gives an empty findings stream.
$ fs-export --help; fs-export --version; fs-export --nosuch 2>&1 | head -1; fs-export --findings a.tsv; fs-export nosuch.tsv; echo "exit $?"
<<< a.tsv
name
张三
>>> stdout
usage: fs-export [--to-encoding NAME] [--bom] [--raw] [-d C] [options]
                 [FILE...]
Convert firstsec TSV to CSV for spreadsheets (RFC 4180, CRLF line ends)
on stdout.  Escapes are decoded; a field is quoted when it holds the
delimiter, a quote, CR or LF.  A field starting with = + - @ tab or CR
that is not a plain number gets a leading ' so that no spreadsheet runs
it as a formula.  Several files make one CSV: the first file's columns,
then those a later one adds (empty in rows without them).
  --to-encoding NAME the output's encoding, e.g. GB18030 (default UTF-8)
  --bom              begin with a byte-order mark (for Excel)
  --raw              no formula protection: fields as they are
  -d, --delimiter C  the field separator (default ',')
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         an empty findings stream instead of the output
                     (it judges nothing: for a job of every tool)
  --as-of, --policy, --strict-warnings: taken, as by every tool, to
                     no effect here
  -h, --help         this help;  --version  the version
fs-export (firstsec) 0.1.0
fs-export: unknown option '--nosuch'
tool	rule	severity	entity	entity_id	village_id	period	detail	source
exit 2
>>> stderr
fs-export: nosuch.tsv: No such file or directory
