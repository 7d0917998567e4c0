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
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
