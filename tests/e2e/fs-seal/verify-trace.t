# FS_SEAL_TRACE says how --verify read each file: an intact ledger, each
# row against the seal written before it (on one thread, or on threads);
# a broken one, that way until a row does not pass, then again the
# chain's way, which says the break; standard input from a pipe, which
# cannot be read twice, the chain's way; a header-only ledger, the
# chain's way (no row to check); a ledger of two rows with --jobs 8, one
# piece, each row against the seal before it, not "on threads".
$ awk 'BEGIN { print "id\tnote"; for (i = 1; i <= 3000; i++) printf "%06d\t%s\n", i, "xxxxxxxxxxxxxxxxxxxxxxxxxxx" }' > plain.tsv; fs-seal plain.tsv > s.tsv; sed '1500s/x/y/' s.tsv > b.tsv; head -n 1 s.tsv > h.tsv; export FS_SEAL_TRACE=1; for j in 1 2; do fs-seal --verify -j $j s.tsv; echo "exit $?"; fs-seal --verify -j $j b.tsv; echo "exit $?"; done; cat s.tsv | fs-seal --verify; echo "exit $?"; fs-seal --verify h.tsv; echo "exit $?"; head -n 3 s.tsv > two.tsv; fs-seal --verify -j 8 two.tsv; echo "exit $?"
>>> stdout
exit 0
exit 1
exit 0
exit 1
exit 0
exit 0
exit 0
>>> stderr
fs-seal: s.tsv: each row against the seal written before it
fs-seal: b.tsv: not every row passes (or the file cannot be read): read again the chain's way
fs-seal: b.tsv:1500: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: s.tsv: each row against the seal written before it, on threads
fs-seal: b.tsv: not every row passes (or the file cannot be read): read again the chain's way
fs-seal: b.tsv:1500: the chain breaks here: seal does not match (a row edited, inserted, deleted or moved)
fs-seal: <stdin>: read the chain's way
fs-seal: h.tsv: read the chain's way
fs-seal: two.tsv: each row against the seal written before it
