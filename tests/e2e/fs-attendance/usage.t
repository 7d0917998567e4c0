# --help on stdout; --year takes a year (bad: a usage error, exit 2); an
# unknown option or a missing value is a usage error; --version.
$ fs-attendance --help; fs-attendance --year 20x6 2>&1 | head -n 2; fs-attendance --year 0 2>&1 | head -n 1; fs-attendance --roster 2>&1 | head -n 1; fs-attendance --nosuch 2> err; echo "exit $?"; head -n 1 err; fs-attendance --version
>>> stdout
usage: fs-attendance [--roster FILE] [--year YYYY] [--calendar FILE|none]
                     [options] [FILE...]
Check the 2/3 rule: per secretary and year, working days in the window,
days elapsed, in the village, required, on leave, at the sending unit,
absent, unrecorded, the longest absence, and a status (ok, at_risk,
violation), sorted by secretary_id.  Rules: attendance.min-ratio,
attendance.long-absence, attendance.sending-unit-work,
attendance.unrecorded, attendance.unknown-secretary,
attendance.future-record, attendance.min-days, attendance.month-short,
attendance.leave-excess (see fs-attendance(1)).
  --roster FILE      terms of service: windows and unknown secretaries
  --year YYYY        the year judged (default: the as-of year)
  --calendar FILE    working-day calendar; none: Monday to Friday
  -j, --jobs N       threads reading a file (default: one per 4 MB,
                     up to the processors)
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
fs-attendance: --year: not a year YYYY (got '20x6')
usage: fs-attendance [--roster FILE] [--year YYYY] [--calendar FILE|none]
fs-attendance: --year: not a year YYYY (got '0')
fs-attendance: option '--roster' needs a value
exit 2
fs-attendance: unknown option '--nosuch'
fs-attendance (firstsec) 0.1.0
