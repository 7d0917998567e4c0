# --type is required; an unknown type or option is a usage error (exit 2).
$ fs-check x.tsv 2>&1 | head -2; fs-check --type nosuch 2>&1 | head -1; fs-check --nosuch 2>&1 | head -1; fs-check -t; echo "exit $?"
>>> stdout
fs-check: --type is required
usage: fs-check --type TYPE [options] [FILE...]
fs-check: unknown type 'nosuch'
fs-check: unknown option '--nosuch'
exit 2
>>> stderr
fs-check: option '-t' needs a value
usage: fs-check --type TYPE [options] [FILE...]
Validate TSV files against a firstsec record format; judge no policy.
Every invalid row is reported on stderr as FILE:LINE, with every column
at fault; exit 0 when all rows are valid, 2 otherwise (3 with
--rejects).  On success, one line per file: file, type, rows, invalid.
  -t, --type TYPE    roster, attendance, households, funds, rectify,
                     conduct, decisions, benefits, findings (also:
                     villages, cadres, rules, calendar, policy)
  -j, --jobs N       threads reading a file (default: one per 4 MB,
                     up to the processors)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         an empty findings stream instead of the summary
                     (it judges nothing: for a job of every tool)
  --as-of, --policy, --strict-warnings: taken, as by every tool, to no
                     effect here (a policy file that cannot be read,
                     or holds a bad row, still stops the run)
  -h, --help         this help;  --version  the version
