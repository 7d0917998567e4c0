# An installed tree moved elsewhere keeps its own calendar: a program
# finds ../share/firstsec beside it (where make install put it) before
# the PREFIX it was built for, as fs-attendance(1) says: here a tree whose
# calendar makes 2 March a holiday (260 working days, as Monday to Friday
# less one), against the official calendar's 248, which FS_DATADIR still
# names over it.
$ mkdir -p moved/bin moved/share/firstsec; cp "$(command -v fs-attendance)" moved/bin/; printf 'date\ttype\n2026-03-02\tholiday\n' > moved/share/firstsec/calendar.tsv; moved/bin/fs-attendance --as-of 2026-03-31 --year 2026 att.tsv | cut -f 1-5; FS_DATADIR="$FS_TOP/data" moved/bin/fs-attendance --as-of 2026-03-31 --year 2026 att.tsv | cut -f 1-3
<<< att.tsv
secretary_id	date	status
S1	2026-03-02	in_village
>>> stdout
secretary_id	year	working_days	elapsed_days	in_village_days
S1	2026	260	63	0
secretary_id	year	working_days
S1	2026	248
