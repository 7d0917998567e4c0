# Usage errors exit 2 with the usage on stderr: --by-category or --villages
# alone, --findings with --progress or --chart, an unknown option.
$ fs-rectify --by-category r.tsv 2>&1 | head -1; fs-rectify --villages v.tsv r.tsv 2>&1 | head -1; fs-rectify --findings --progress r.tsv 2>&1 | head -1; fs-rectify --chart --findings r.tsv 2>&1 | head -1; fs-rectify --nosuch 2>&1 | head -2; fs-rectify --as-of 2026-02-30 r.tsv; echo "exit $?"
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline	closed	evidence	verified_by
>>> stdout
fs-rectify: --by-category needs --progress or --chart
fs-rectify: --villages needs --chart
fs-rectify: --findings writes findings, not --progress; choose one
fs-rectify: --findings writes findings, not --chart; choose one
fs-rectify: unknown option '--nosuch'
usage: fs-rectify [options] [FILE...]
exit 2
>>> stderr
fs-rectify: --as-of: no such day (got '2026-02-30')
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
