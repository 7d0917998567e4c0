# --help prints the usage on stdout, exit 0; --version the version.
$ fs-rectify --help; fs-rectify --version
>>> stdout
usage: fs-rectify [options] [FILE...]
Judge a rectification ledger: one row per item with its state and days
overdue (item_id village_id category deadline closed state days_overdue),
or the progress of every village.
  --progress         one row per village: village_id total closed open
                     overdue percent_closed
  --by-category      with --progress or --chart: per village and category
  --chart            the progress as a text bar chart (80 columns, UTF-8)
  --villages FILE    with --chart: village names (village_id name ...)
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
fs-rectify (firstsec) 0.1.0
