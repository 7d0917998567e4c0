# --help prints the usage on stdout; exit 0.
$ fs-households --help
>>> stdout
usage: fs-households [options] [FILE...]
Check a poor-household register: helpers and plans of poor and monitored
households, lifted households below the poverty or monitoring line or
without the five guarantees, poor households above the review line, one
person heading two households, helpers with too many households.
The table is every input row plus per_capita and problems, in input
order; --findings writes the findings instead.
  -j, --jobs N       threads reading a file (default: one per 4 MB,
                     up to the processors) or a pipe (one per processor)
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
