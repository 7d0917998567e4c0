# --help prints the usage on stdout; --version the version.
$ fs-audit --help && fs-audit --version
>>> stdout
usage: fs-audit conduct [--rules FILE|none] [--roster FILE] [options] [FILE...]
       fs-audit decisions [options] [FILE...]
       fs-audit benefits [--cadres FILE] [options] [FILE...]
Judge discipline and due process.  The table is every input row plus a
column 'problems' (the rules broken), in input order.
  conduct            meals, gifts, reimbursements not settled; banquets,
                     gambling, superstition; keyword patterns in notes
  decisions          the six stages of "four proposals, two public"
  benefits           public notice, cadres' relatives, repeated grants
  --rules FILE       conduct: keyword patterns (rule, pattern, severity);
                     default: the installed rules.tsv; none: no keywords
  --roster FILE      conduct: the roster, for the findings' village_id
  --cadres FILE      benefits: cadre_id, village_id, relative_id_number
  -j, --jobs N       threads, 1 to 16: N-1 parse ahead, the main one
                     judges in order; 1: all on one (default: one per
                     4 MB of a file, up to the processors; a pipe: one
                     per processor)
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
fs-audit (firstsec) 0.1.0
