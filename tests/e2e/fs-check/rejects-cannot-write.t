# A rejects file that cannot be made (its folder missing) stops the run
# at once, exit 2, said as a file to be written: the bare 'No such file
# or directory' read like an input missing.
$ fs-check --type attendance --rejects nodir/r.tsv a.tsv; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
>>> stdout
exit 2
>>> stderr
fs-check: --rejects nodir/r.tsv: cannot write it: No such file or directory
