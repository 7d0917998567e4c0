# Two columns without a name (the empty columns a spreadsheet leaves at
# the right) are named by their places, not as "column '' named twice";
# the TSV tools alike.
$ printf 'secretary_id,date,status,,\r\nS1,2026-01-05,in_village,,\r\n' | fs-import; echo "exit $?"; printf 'a\t\tb\t\n1\t2\t3\t4\n' > e.tsv; fs-mask e.tsv; echo "exit $?"
>>> stdout
exit 2
exit 2
>>> stderr
fs-import: <stdin>: columns 4 and 5 have no name (empty columns a spreadsheet left?)
fs-mask: e.tsv: columns 2 and 4 have no name (empty columns a spreadsheet left?)
