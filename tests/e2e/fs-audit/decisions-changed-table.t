# a.tsv is cut short while its table is written, that is, after the
# check that it did not change while it was read: into a pipe whose
# reader takes 1000 bytes, empties a.tsv, and then takes the rest, with
# one thread and with two (the table then written on a thread of its
# own); and into a regular file (nomap.so cuts a.tsv to nothing after
# the table's first write).  The rows after the first megabyte or so
# cannot be read again (a page of a.tsv's window read past its new end
# raises SIGBUS, which brings the table back to stop): the run stops
# there, exit status 2.  Into a file, what was written of the table is
# taken out before the message goes, so that with the message in the
# same file (2>>) the file holds the message alone.  A file that keeps
# its size but has a byte rewritten (its time set back first) while the
# table is written can still be read: the change is found once the table
# is written, by the file's time, and the run fails all the same.
$ lib=$(dirname "$(command -v fs-audit)")/nomap.so; asan="$ASAN_OPTIONS:verify_asan_link_order=0"; for j in 1 2; do awk -v n=20000 -v from=1 -f decisions.awk > a.tsv; ( fs-audit decisions -j $j --as-of 2026-12-31 a.tsv; echo "exit $?" > status ) | { head -c 1000 > /dev/null; : > a.tsv; cat > /dev/null; }; cat status; awk -v n=20000 -v from=1 -f decisions.awk > a.tsv; env ASAN_OPTIONS="$asan" NOMAP_WRITE_CUT=a.tsv LD_PRELOAD="$lib" fs-audit decisions -j $j --as-of 2026-12-31 a.tsv > t.tsv 2>> t.tsv; echo "-j $j 2>>: exit $?"; cat t.tsv; awk -v n=20000 -v from=1 -f decisions.awk > a.tsv; touch -d '2020-01-01 00:00' a.tsv; ( fs-audit decisions -j $j --as-of 2026-12-31 a.tsv; echo "in place: exit $?" > status ) | { head -c 1000 > /dev/null; printf '7' | dd of=a.tsv bs=1 seek=200 conv=notrunc 2>/dev/null; cat > /dev/null; }; cat status; done
>>> stdout
exit 2
-j 1 2>>: exit 2
fs-audit: a.tsv: the file changed while the table was written
in place: exit 2
exit 2
-j 2 2>>: exit 2
fs-audit: a.tsv: the file changed while the table was written
in place: exit 2
>>> stderr
fs-audit: a.tsv: the file changed while the table was written
fs-audit: a.tsv: the file changed while the table was written
fs-audit: a.tsv: the file changed while the table was written
fs-audit: a.tsv: the file changed while the table was written
>>> requires nomap
