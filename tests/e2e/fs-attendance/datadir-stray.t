# The installed calendar is looked for beside the program (PREFIX/share/
# firstsec), then in the build tree's data/ when the program runs from
# the tree; a tree is known by its common/util.c.  A program copied to
# ~/bin took ~/data/calendar.tsv, a file of the clerk's own, for the
# national calendar (260 working days, and 2 March a holiday), without a
# word.  Now that folder is passed over; in a folder laid out as the tree
# (common/util.c beside data/) its calendar is the tree's.
$ mkdir -p home/bin home/data tree/bin tree/data tree/common; cp "$(command -v fs-attendance)" home/bin/; cp "$(command -v fs-attendance)" tree/bin/; printf 'date\ttype\n2026-03-02\tholiday\n' > home/data/calendar.tsv; cp home/data/calendar.tsv tree/data/; : > tree/common/util.c; home/bin/fs-attendance --as-of 2026-03-31 --year 2026 att.tsv 2>/dev/null | cut -f 1-5 | grep -c 260; tree/bin/fs-attendance --as-of 2026-03-31 --year 2026 att.tsv | cut -f 1-5
<<< att.tsv
secretary_id	date	status
S1	2026-03-02	in_village
>>> stdout
0
secretary_id	year	working_days	elapsed_days	in_village_days
S1	2026	260	63	0
