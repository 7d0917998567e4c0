# A run stopped by a signal before its end (kill, Ctrl-C) does not leave
# behind an empty rejects file it made; one that was there stays as it
# was.
$ (cat r.tsv; sleep 2) | timeout -s TERM 0.5 fs-roster --as-of 2025-06-01 --rejects rej.tsv > out.tsv; echo "exit $?"; ls; echo kept > old.tsv; (cat r.tsv; sleep 2) | timeout -s INT 0.5 fs-roster --as-of 2025-06-01 --rejects old.tsv > out.tsv; echo "exit $?"; cat old.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end
S1	A	U	V1	2024-01-01	2026-12-31
>>> stdout
exit 124
out.tsv
r.tsv
exit 124
kept
