# A file's name or an argument in a message shows its control
# characters as escapes, as a quoted value does: a name with a newline
# cannot make a message two lines (and look like another message to a
# script reading stderr), nor one with an escape sequence move the
# terminal.  A tab is \t; the name in the rejects file's source column
# is a text field, escaped there as before (\t, \\).
$ printf 'secretary_id\tdate\tstatus\nS1\tbad\tin_village\n' > "$(printf 'a\nfs-check: b.tsv:9: fake\033[2J.tsv')"; printf 'secretary_id\tdate\n' > "$(printf 'c\td.tsv')"; fs-check -t attendance a*; echo "exit $?"; fs-check -t attendance c*; echo "exit $?"; fs-check -t attendance "$(printf 'none\302\233.tsv')"; echo "exit $?"; fs-check -t "$(printf 'x\ny')" c* 2>usage; echo "exit $?"; head -n 1 usage
>>> stdout
exit 2
exit 2
exit 2
exit 2
fs-check: unknown type 'x\ny'
>>> stderr
fs-check: a\nfs-check: b.tsv:9: fake\x1b[2J.tsv:2: column 'date': not a date (YYYY-MM-DD) (got 'bad')
fs-check: c\td.tsv: missing column 'status'
fs-check: none\u009b.tsv: No such file or directory
