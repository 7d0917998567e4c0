# The rows go to a copy beside the rejects file, renamed over it once the
# run is through.  A run that fails before it rejects a row (its report
# cannot be written: a full disk, stdout closed) leaves yesterday's file
# as it was and makes none; before, the file was emptied first (or made)
# and kept only its header.  A link stays a link, its file gets the rows;
# the file keeps its permissions; no copy is left behind.
$ printf 'source\treason\tx\nold.tsv:5\tyesterday\tROW\n' > rej.tsv; fs-roster --as-of 2026-11-30 --rejects rej.tsv r.tsv > /dev/full; echo "exit $?"; cat rej.tsv; fs-roster --as-of 2026-11-30 --rejects new.tsv r.tsv >&-; echo "exit $?"; test -e new.tsv || echo "no new.tsv"; mkdir logs; echo old > logs/t.tsv; chmod 640 logs/t.tsv; ln -s logs/t.tsv link.tsv; fs-roster --as-of 2026-11-30 --rejects link.tsv r2.tsv > /dev/null; echo "exit $?"; test -L link.tsv && echo "a link"; stat -c %a logs/t.tsv; cut -f 1 logs/t.tsv; find . -name '.*' ! -name . | wc -l
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2025-01-01	2027-01-01
<<< r2.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2025-01-01	2027-01-01
S2	B	U	V1	2025-02-30	2027-01-01
>>> stdout
exit 2
source	reason	x
old.tsv:5	yesterday	ROW
exit 2
no new.tsv
exit 3
a link
640
source
r2.tsv:3
0
>>> stderr
fs-roster: <stdout>: No space left on device
fs-roster: <stdout>: Bad file descriptor
fs-roster: 1 invalid row written to link.tsv
