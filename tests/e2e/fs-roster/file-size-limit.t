# A report past the file size limit (ulimit -f, a quota): the write fails
# and the tool says so, exit 2, instead of dying of SIGXFSZ without a
# word (exit 153 from the shell).  What it had written of the report into
# the file is taken out again: out.tsv is left empty, not holding the
# first kilobyte of a report; a line written before the tool's is kept.
# A file opened to append (>>) is left alone: another program may be
# appending too.
$ (ulimit -f 1; fs-roster --as-of 2026-11-30 "$FS_TOP/examples/county/roster.tsv" > out.tsv); echo "exit $?"; wc -c < out.tsv; { echo before; (ulimit -f 1; fs-roster --as-of 2026-11-30 "$FS_TOP/examples/county/roster.tsv"); } > two.tsv; cat two.tsv; echo kept > app.tsv; (ulimit -f 1; fs-roster --as-of 2026-11-30 "$FS_TOP/examples/county/roster.tsv" >> app.tsv); wc -c < app.tsv
>>> stdout
exit 2
0
before
512
>>> stderr
fs-roster: <stdout>: File too large
fs-roster: <stdout>: File too large
fs-roster: <stdout>: File too large
