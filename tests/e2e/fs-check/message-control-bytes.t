# A value quoted in a message shows control characters as escapes: an
# escape sequence or a CR in a bad field cannot move the terminal
# (stderr), nor break the rejects file's reason.  So does a C1 control
# written in UTF-8 (U+009B, CSI), which is valid UTF-8.
$ printf 'secretary_id\tdate\tstatus\nS1\t2026-01-0\033[2J5\tin_village\nS1\t2026-01-05\tin\rx\nS1\t\302\2332J\tin_village\n' > a.tsv; fs-check -t attendance a.tsv; echo "exit $?"; fs-check -t attendance --rejects rj.tsv a.tsv 2>/dev/null; cut -f2 rj.tsv
>>> stdout
exit 2
file	type	rows	invalid
a.tsv	attendance	3	3
reason
column 'date': not a date (YYYY-MM-DD) (got '2026-01-0\x1b[2J5')
column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'in\rx')
column 'date': not a date (YYYY-MM-DD) (got '\u009b2J')
>>> stderr
fs-check: a.tsv:2: column 'date': not a date (YYYY-MM-DD) (got '2026-01-0\x1b[2J5')
fs-check: a.tsv:3: column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'in\rx')
fs-check: a.tsv:4: column 'date': not a date (YYYY-MM-DD) (got '\u009b2J')
