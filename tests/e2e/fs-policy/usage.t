$ fs-policy extra; echo "exit $?"; fs-policy --version
>>> stdout
exit 2
fs-policy (firstsec) 0.1.0
>>> stderr
fs-policy: unexpected argument 'extra'
usage: fs-policy [--policy FILE]
Print the effective policy: key, value, origin (default or the file).
Without --policy, $FS_POLICY names the file when set.
  --as-of DATE       the day the report is made for (default: today)
  --policy FILE      policy overrides (default: $FS_POLICY)
  --rejects FILE     keep invalid rows in FILE and go on (exit 3)
  --findings         write the findings stream instead of the table
  --strict-warnings  exit 1 on warnings too
  -h, --help         this help;  --version  the version
