# A report past the file size limit (ulimit -f, a quota): the write fails
# and the tool says so, exit 2, instead of dying of SIGXFSZ without a
# word (exit 153 from the shell).
$ (ulimit -f 1; fs-roster --as-of 2026-11-30 "$FS_TOP/examples/county/roster.tsv" > out.tsv); echo "exit $?"
>>> stdout
exit 2
>>> stderr
fs-roster: <stdout>: File too large
