# --rules - reads the rules from standard input, which is then read
# once: records on standard input too are refused (exit 2).
$ fs-audit conduct --as-of 2026-03-01 --rules - < r.tsv; echo "exit $?"; fs-audit conduct --as-of 2026-03-01 --rules - - < r.tsv; echo "exit $?"
<<< r.tsv
rule	pattern	severity
>>> stdout
exit 2
exit 2
>>> stderr
fs-audit: <stdin>: named twice; standard input is read once
fs-audit: <stdin>: named twice; standard input is read once
