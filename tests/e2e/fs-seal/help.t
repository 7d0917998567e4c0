# --help prints the usage on stdout; --version the version.
$ fs-seal --help && fs-seal --version
>>> stdout
usage: fs-seal [options] [FILE]
       fs-seal --verify [options] [FILE...]
       fs-seal --append [options] LEDGER [NEW]
Seal a TSV ledger with a SHA-256 hash chain: a last column 'seal' that
chains each row to the header and to every row before it.
  (no mode)   copy FILE to stdout with the column 'seal' added
  --verify    check each sealed FILE; at the first line where the chain
              breaks, say FILE:LINE on stderr and exit 1
  --append    verify LEDGER, then seal the rows of NEW (default: stdin)
              onto it, atomically (a temporary file, fsync, rename)
  -j, --jobs N       --verify: threads reading a file (default: one per
                     4 MB, up to the processors)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         with --verify or --append: the findings stream
                     instead of nothing (sealing refuses it)
  --as-of, --policy, --strict-warnings: taken, as by every tool; nothing
                     here depends on them (a policy file that cannot be
                     read, or holds a bad row, still stops the run)
  -h, --help         this help;  --version  the version
fs-seal (firstsec) 0.1.0
