# --help prints the usage on stdout; exit 0.
$ fs-mask --help
>>> stdout
usage: fs-mask [--mask COL,...] [--drop COL,...] [options] [FILE...]
Copy a TSV table with personal data masked, for a public notice.
Columns whose name ends in 'id_number' keep their first 6 and last 4
characters, columns ending in 'phone' their first 3 and last 4; every
other character becomes one '*'.
  --mask COL,...     also mask these columns: all but the first character
  --drop COL,...     leave these columns out
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         an empty findings stream instead of the output
                     (it judges nothing: for a job of every tool)
  --as-of, --policy, --strict-warnings: taken, as by every tool, to
                     no effect here
  -h, --help         this help;  --version  the version
