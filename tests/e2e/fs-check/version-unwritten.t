# --help and --version into a standard output that cannot take them (a
# full disk, a closed stdout): exit 2, said on stderr, as every other
# write to <stdout> is; by every tool, since common/run.c does it.
$ fs-check --help > /dev/full; echo "help: exit $?"; fs-check --version >&-; echo "version: exit $?"; fs-households --version > /dev/full; echo "exit $?"
>>> stdout
help: exit 2
version: exit 2
exit 2
>>> stderr
fs-check: <stdout>: No space left on device
fs-check: <stdout>: Bad file descriptor
fs-households: <stdout>: No space left on device
