# -j/--jobs reads decisions and benefits on threads; conduct reads on
# one, and refuses it as decisions refuses --cadres (exit 2, a usage
# error); a number of threads out of range is refused for the others.
$ fs-audit conduct -j 2 c.tsv 2>&1 | head -n 1; fs-audit conduct --jobs 1 c.tsv > /dev/null 2>&1; echo "exit $?"; fs-audit benefits --jobs 17 c.tsv 2>&1 | head -n 1; fs-audit decisions -j 0 c.tsv 2>&1 | head -n 1
<<< c.tsv
date	secretary_id	kind
>>> stdout
fs-audit: --jobs goes with decisions and benefits
exit 2
fs-audit: --jobs: not a number of threads from 1 to 16 (got '17')
fs-audit: --jobs: not a number of threads from 1 to 16 (got '0')
