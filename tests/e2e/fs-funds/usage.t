# --help prints the usage on stdout; a bad --year or an unknown option is a
# usage error (exit 2).
$ fs-funds --help; fs-funds --version; fs-funds --year 26 2>&1 | head -2; fs-funds --year 2026x 2>&1 | head -1; fs-funds --nosuch 2>&1 | head -1; fs-funds --roster; echo "exit $?"
>>> stdout
usage: fs-funds [--roster FILE] [--households FILE] [--year YYYY]
                [--balances] [options] [FILE...]
Support funds against the 10,000-yuan rule and the secretaries'
subsidies, one row per secretary and year; the village ledgers under
FIFO: idle money, overspending, benefit payments that cannot be traced.
  --roster FILE      term windows (default: the whole year)
  --households FILE  the household register benefits must be paid into
  --year YYYY        the year of the table (default: the as-of year)
  --balances         the ledgers instead: one row per village and
                     category (in, out, balance, oldest_unspent)
  -j, --jobs N       threads reading a file (default: one per 4 MB,
                     up to the processors) or a pipe (one per processor)
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
fs-funds (firstsec) 0.1.0
fs-funds: --year: not a year YYYY (got '26')
usage: fs-funds [--roster FILE] [--households FILE] [--year YYYY]
fs-funds: --year: not a year YYYY (got '2026x')
fs-funds: unknown option '--nosuch'
exit 2
>>> stderr
fs-funds: option '--roster' needs a value
usage: fs-funds [--roster FILE] [--households FILE] [--year YYYY]
                [--balances] [options] [FILE...]
Support funds against the 10,000-yuan rule and the secretaries'
subsidies, one row per secretary and year; the village ledgers under
FIFO: idle money, overspending, benefit payments that cannot be traced.
  --roster FILE      term windows (default: the whole year)
  --households FILE  the household register benefits must be paid into
  --year YYYY        the year of the table (default: the as-of year)
  --balances         the ledgers instead: one row per village and
                     category (in, out, balance, oldest_unspent)
  -j, --jobs N       threads reading a file (default: one per 4 MB,
                     up to the processors) or a pipe (one per processor)
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
