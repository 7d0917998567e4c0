# Usage errors: both modes, --append without a ledger or with too many
# files, two files to seal, --findings without --verify or --append,
# --append on standard input.
$ fs-seal --verify --append x 2>&1 | head -1; fs-seal --append 2>&1 | head -1; fs-seal --append a b c 2>&1 | head -1; fs-seal a b 2>&1 | head -1; fs-seal --findings a 2>&1 | head -1; fs-seal --append - x 2>&1 | head -1; fs-seal --nosuch 2>&1 | head -1; fs-seal nosuch.tsv; echo "exit $?"
>>> stdout
fs-seal: --verify and --append go one at a time
fs-seal: --append needs LEDGER and at most one NEW file
fs-seal: --append needs LEDGER and at most one NEW file
fs-seal: one FILE at most
fs-seal: --findings goes with --verify or --append
fs-seal: --append: LEDGER must be a file
fs-seal: unknown option '--nosuch'
exit 2
>>> stderr
fs-seal: nosuch.tsv: No such file or directory
