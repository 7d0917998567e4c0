# --help on stdout (exit 0); an unknown option is a usage error (exit 2);
# --version.
$ fs-roster --help; fs-roster --nosuch 2>&1 | head -n 2; fs-roster --version; fs-roster --as-of 2026-02-30 r.tsv 2> err; echo "exit $?"; head -n 1 err
>>> stdout
usage: fs-roster [options] [FILE...]
Check the roster of first secretaries: one row per posting with status
(not_started, active, ended), term_months and problems, sorted by
secretary_id and term_start.  Rules: roster.term-length,
roster.no-mentor, roster.double-posting, roster.village-overlap,
roster.medical-exam, roster.uninsured (see fs-roster(1)).
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
fs-roster: unknown option '--nosuch'
usage: fs-roster [options] [FILE...]
fs-roster (firstsec) 0.1.0
exit 2
fs-roster: --as-of: no such day (got '2026-02-30')
