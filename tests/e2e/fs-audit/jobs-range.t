# -j/--jobs: threads reading the input, 1 to 16, for every subcommand;
# anything else is a usage error (exit 2).
$ for c in conduct decisions benefits; do fs-audit $c --jobs 17 c.tsv 2>&1 | head -n 1; fs-audit $c -j 0 c.tsv > /dev/null 2>&1; echo "exit $?"; done
<<< c.tsv
date	secretary_id	kind
>>> stdout
fs-audit: --jobs: not a number of threads from 1 to 16 (got '17')
exit 2
fs-audit: --jobs: not a number of threads from 1 to 16 (got '17')
exit 2
fs-audit: --jobs: not a number of threads from 1 to 16 (got '17')
exit 2
