# A roster with a header only gives the table's header; no header at all
# is an error.
$ fs-roster --as-of 2026-06-30 r.tsv; fs-roster --as-of 2026-06-30 < /dev/null; echo "exit $?"
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
>>> stdout
secretary_id	name	sending_unit	village_id	term_start	term_end	status	term_months	problems
exit 2
>>> stderr
fs-roster: <stdin>: no header line
