# A value quoted in a message is cut at 60 bytes, back to the start of a
# character, and "..." says it was cut: a message never holds half of a
# character.  An unknown key (quoted whole before), a bad value (cut in
# the middle of a character before), and a calendar's bad type.
$ fs-policy --policy k.tsv; echo "exit $?"; fs-policy --policy v.tsv; echo "exit $?"; fs-attendance --calendar c.tsv --as-of 2026-12-31 --roster r.tsv a.tsv; echo "exit $?"
<<< k.tsv
key	value
attendance.min_ratio说说说说说说说说说说说说说说	2/3
<<< v.tsv
key	value
attendance.min_ratio	2三分之二三分之二三分之二三分之二三分之二三分之二
<<< c.tsv
date	type
2026-01-01	holiday假日假日假日假日假日假日假日假日假日假日假日假日假日假日假日假日假日
<<< r.tsv
secretary_id	name	village_id	sending_unit	term_start	term_end
<<< a.tsv
secretary_id	date	status
>>> stdout
exit 2
exit 2
exit 2
>>> stderr
fs-policy: k.tsv:2: column 'key': unknown key (got 'attendance.min_ratio说说说说说说说说说说说说说...')
fs-policy: v.tsv:2: column 'value': not a ratio (N/D or a decimal) for attendance.min_ratio (got '2三分之二三分之二三分之二三分之二三分之...')
fs-attendance: c.tsv:2: column 'type': not one of: holiday, workday (got 'holiday假日假日假日假日假日假日假日假日假...')
