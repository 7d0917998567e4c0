# A run killed outright (SIGKILL, a crash) leaves no hidden copy of its
# rejects file beside it, and the file as it was: the copy, header only,
# waits for the end of the run, and has no name until its rename.  Here
# the report (1.5 MB, past a pipe's buffer) waits on a reader that has
# read one byte.
$ awk 'BEGIN { print "secretary_id\tname\tsending_unit\tvillage_id\tterm_start\tterm_end"; for (i = 0; i < 20000; i++) printf "S%d\tA\tU\tV%d\t2024-01-01\t2026-12-31\n", i, i }' > r.tsv; echo old > rej.tsv; mkfifo out; fs-roster --as-of 2025-06-01 --rejects rej.tsv r.tsv > out & p=$!; exec 3< out; head -c 1 <&3 > /dev/null; sleep 0.2; kill -KILL $p; wait $p 2>/dev/null; echo "exit $?"; exec 3<&-; ls -A | grep -c '^\.rej'; cat rej.tsv
>>> stdout
exit 137
0
old
>>> requires mkfifo tmpfile
