# decisions and benefits write their table from the spool straight to
# standard output once the input is read and the rejects kept.  A table
# that cannot be written is an error (exit 2) named <stdout>; one that
# fails part way into a regular file (here a file size limit of 256 KB,
# the spool of 800 KB still in memory) is taken out of it again, what
# was there before left, the message after it; --rejects is written
# before the table.
$ awk 'BEGIN { OFS = "\t"; print "decision_id", "village_id", "stage", "date", "note"; for (i = 1; i <= 12000; i++) print "D" i, "V01", "proposal", "2026-01-05", "a note of some forty bytes, to be kept" }' > mid.tsv; fs-audit decisions --as-of 2026-03-01 mid.tsv > /dev/full; echo "exit $?"; head -n 2 b.tsv > ok.tsv; fs-audit benefits --as-of 2026-12-31 ok.tsv > /dev/full; echo "exit $?"; sh -c 'trap "" XFSZ; ulimit -f 256; { echo before; fs-audit decisions --as-of 2026-03-01 mid.tsv; echo "exit $?"; } > out 2>&1'; cat out; fs-audit benefits --as-of 2026-12-31 --rejects rj.tsv b.tsv; echo "exit $?"; cat rj.tsv
<<< b.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V1	dibao	620521196503121018	2026-01-01	2026-01-07	2026-01-10
H2	V1	dibao	bad	2026-01-01	2026-01-07	2026-01-10
H1	V1	dibao	620521196503121018	2026-03-01	2026-03-07	2026-03-10
>>> stdout
exit 2
exit 2
before
fs-audit: <stdout>: File too large
exit 2
household_id	village_id	program	id_number	notice_start	notice_end	granted	problems
H1	V1	dibao	620521196503121018	2026-01-01	2026-01-07	2026-01-10	audit.duplicate-benefit
H1	V1	dibao	620521196503121018	2026-03-01	2026-03-07	2026-03-10	audit.duplicate-benefit
exit 3
source	reason	household_id	village_id	program	id_number	notice_start	notice_end	granted
b.tsv:3	column 'id_number': not a resident ID number (18 characters) (got 'bad')	H2	V1	dibao	bad	2026-01-01	2026-01-07	2026-01-10
>>> stderr
fs-audit: <stdout>: No space left on device
fs-audit: <stdout>: No space left on device
fs-audit: 1 invalid row written to rj.tsv
