# fs-import's messages name the file as every tool's do: a control
# character in the name is shown as an escape.
$ printf 'a,b\n"x\n' > "$(printf 'in\033[2J.csv')"; fs-import in*; echo "exit $?"
>>> stdout
exit 2
>>> stderr
fs-import: in\x1b[2J.csv:2: a quoted field is never closed
