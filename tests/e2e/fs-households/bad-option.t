# An unknown option is a usage error: the usage on stderr, exit 2.
$ fs-households --as-of 2026-06-30 --frobnicate h.tsv 2>&1 | head -n 2
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status
>>> stdout
fs-households: unknown option '--frobnicate'
usage: fs-households [options] [FILE...]
