# changed-table.t with two threads, so that the table is written on a
# thread of its own (fs_out_behind()): the block being written when the
# change is found is written whole, the one being made is not.
# a.tsv is cut short while its table is written, that is, after the
# check that it did not change while it was read.  The table is written a
# megabyte at a time, and a write to the pipe waits for the reader: here
# the reader takes 1000 bytes, empties a.tsv, and then takes the rest.
# The rows after the first megabyte or so cannot be read again: the run
# stops there, exit status 2, and the table is not to be trusted.
$ awk -v n=80000 -v from=1 -f register.awk > a.tsv; ( fs-households -j 2 --as-of 2026-06-30 a.tsv; echo "exit $?" > status ) | { head -c 1000 > /dev/null; : > a.tsv; cat > /dev/null; }; cat status
>>> stdout
exit 2
>>> stderr
fs-households: a.tsv: the file changed while the table was written
