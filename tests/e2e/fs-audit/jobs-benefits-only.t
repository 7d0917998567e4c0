# -j/--jobs reads the benefits on threads; conduct and decisions read on
# one, and refuse it as they refuse --cadres (exit 2, a usage error); a
# number of threads out of range is refused for benefits too.
$ fs-audit conduct -j 2 c.tsv 2>&1 | head -n 1; fs-audit decisions --jobs 1 c.tsv 2>&1 | head -n 1; fs-audit benefits --jobs 17 c.tsv 2>&1 | head -n 1; fs-audit decisions --jobs 2 c.tsv > /dev/null 2>&1; echo "exit $?"
<<< c.tsv
date	secretary_id	kind
>>> stdout
fs-audit: --jobs goes with benefits
fs-audit: --jobs goes with benefits
fs-audit: --jobs: not a number of threads from 1 to 16 (got '17')
exit 2
