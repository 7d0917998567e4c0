# Only 1 and 2 jobs.
$ fs-check --jobs 3 -t attendance a.tsv
<<< a.tsv
secretary_id	date	status
>>> stderr
fs-check: --jobs: 1 or 2 (got '3')
usage: fs-check --type TYPE [options] [FILE...]
Validate TSV files against a firstsec record format; judge no policy.
Every invalid row is reported on stderr as FILE:LINE; exit 0 when all
rows are valid, 2 otherwise (3 with --rejects).  On success, one line
per file: file, type, rows, invalid.
  -t, --type TYPE    roster, attendance, households, funds, rectify,
                     conduct, decisions, benefits, findings (also:
                     villages, cadres, rules, calendar, policy)
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
>>> status 2
