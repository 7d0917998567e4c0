# 2 wins over 3 (SPEC 1.3): a row rejected, then a file that cannot be
# read; the rejected row is still kept and counted, and the exit status
# is 2, not 3.
$ fs-check --type calendar --rejects rej.tsv bad.tsv missing.tsv; echo "exit $?"; cut -f 1 rej.tsv
<<< bad.tsv
date	type
2026-13-01	holiday
>>> stdout
exit 2
source
bad.tsv:2
>>> stderr
fs-check: missing.tsv: No such file or directory
fs-check: 1 invalid row written to rej.tsv
