# Standard input named twice is refused (exit 2), from a file as from a
# pipe, as in every tool.
$ fs-import - - < a.csv; echo "exit $?"; cat a.csv | fs-import - -; echo "exit $?"
<<< a.csv
a,b
1,2
>>> stdout
exit 2
exit 2
>>> stderr
fs-import: <stdin>: named twice; standard input is read once
fs-import: <stdin>: named twice; standard input is read once
