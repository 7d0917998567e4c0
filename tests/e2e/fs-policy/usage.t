$ fs-policy extra; echo "exit $?"; fs-policy --version
>>> stdout
exit 2
fs-policy (firstsec) 0.1.0
>>> stderr
fs-policy: unexpected argument 'extra'
usage: fs-policy [--policy FILE]
Print the effective policy: key, value, origin (default or the file).
Without --policy, $FS_POLICY names the file when set.
  --policy FILE      policy overrides (default: $FS_POLICY)
  --findings         an empty findings stream instead of the table
                     (it judges nothing: for a job of every tool)
  --as-of, --rejects, --strict-warnings: taken, as by every tool, to no
                     effect here (a bad policy row stops the run)
  -h, --help         this help;  --version  the version
