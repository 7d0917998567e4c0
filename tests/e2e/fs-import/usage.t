# --help, --version; an unknown option or a bad delimiter is a usage
# error (exit 2).
$ fs-import --help; fs-import --version; fs-import --nosuch 2>&1 | head -1; fs-import -d ab 2>&1 | head -1; fs-import -d '"' 2>&1 | head -1; fs-import --from-encoding; echo "exit $?"
>>> stdout
usage: fs-import [--from-encoding NAME] [-d C] [options] [FILE...]
Convert CSV from a spreadsheet (RFC 4180) to firstsec TSV on stdout:
quoted fields may hold commas, quotes, tabs and newlines, which come out
as \t \n \r \\.  The first non-empty record is the header; a record
whose field count differs from it is invalid (exit 2, or 3 with
--rejects).  A blank row is written as an empty line, so that line N
is the spreadsheet's row N.  Several files make one table: the first
file's columns, then those a later one adds (empty in rows without
them).
  --from-encoding NAME
                     the input's encoding, e.g. GB18030 (default UTF-8)
  -d, --delimiter C  the field separator (default ',', or tab when the
                     first line has tabs and no comma)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         an empty findings stream instead of the output
                     (it judges nothing: for a job of every tool)
  --as-of, --policy, --strict-warnings: taken, as by every tool, to
                     no effect here
  -h, --help         this help;  --version  the version
fs-import (firstsec) 0.1.0
fs-import: unknown option '--nosuch'
fs-import: --delimiter: not a single ASCII character other than a quote (got 'ab')
fs-import: --delimiter: not a single ASCII character other than a quote (got '"')
exit 2
>>> stderr
fs-import: option '--from-encoding' needs a value
usage: fs-import [--from-encoding NAME] [-d C] [options] [FILE...]
Convert CSV from a spreadsheet (RFC 4180) to firstsec TSV on stdout:
quoted fields may hold commas, quotes, tabs and newlines, which come out
as \t \n \r \\.  The first non-empty record is the header; a record
whose field count differs from it is invalid (exit 2, or 3 with
--rejects).  A blank row is written as an empty line, so that line N
is the spreadsheet's row N.  Several files make one table: the first
file's columns, then those a later one adds (empty in rows without
them).
  --from-encoding NAME
                     the input's encoding, e.g. GB18030 (default UTF-8)
  -d, --delimiter C  the field separator (default ',', or tab when the
                     first line has tabs and no comma)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         an empty findings stream instead of the output
                     (it judges nothing: for a job of every tool)
  --as-of, --policy, --strict-warnings: taken, as by every tool, to
                     no effect here
  -h, --help         this help;  --version  the version
