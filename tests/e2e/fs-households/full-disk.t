# A full disk is an error (exit 2), never silence: with the table written
# on a thread of its own (-j 2, fs_out_behind()) and on one thread
# (-j 1), a table of a few megabytes, so that several blocks are written.
$ awk -v n=40000 -v from=1 -f register.awk > a.tsv; fs-households -j 2 --as-of 2026-06-30 a.tsv > /dev/full; echo "exit $?"; fs-households -j 1 --as-of 2026-06-30 a.tsv > /dev/full; echo "exit $?"
>>> stdout
exit 2
exit 2
>>> stderr
fs-households: <stdout>: No space left on device
fs-households: <stdout>: No space left on device
