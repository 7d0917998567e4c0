# A run that fails (exit 2) before it rejects a row leaves the rejects
# file as it was: yesterday's stays, and none is made where there was
# none.  A run that rejected rows before it failed keeps them (2 wins
# over 3, nothing is lost).
$ sh run.sh
<<< run.sh
cp old rej.tsv; fs-attendance --as-of 2026-02-01 --rejects rej.tsv nosuch.tsv; echo "exit $?"; cmp old rej.tsv && echo kept
fs-attendance --as-of 2026-02-01 --rejects new.tsv nocol.tsv; echo "exit $?"; test -e new.tsv || echo "no new.tsv"
fs-attendance --as-of 2026-02-01 --rejects made.tsv made.tsv; echo "exit $?"; test -e made.tsv || echo "no made.tsv"
cp old rej.tsv; fs-attendance --as-of 2026-02-01 --calendar nocal.tsv --rejects rej.tsv a.tsv; echo "exit $?"; cmp old rej.tsv && echo kept
cp old rej.tsv; fs-attendance --as-of 2026-02-01 --rejects rej.tsv a.tsv nocol.tsv; echo "exit $?"; cat rej.tsv
<<< old
source	reason	secretary_id	date	status
a.tsv:9	yesterday's row
<<< nocol.tsv
secretary_id	date
S1	2026-01-05
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
>>> stdout
exit 2
kept
exit 2
no new.tsv
exit 2
no made.tsv
exit 2
kept
exit 2
source	reason	secretary_id	date	status
a.tsv:2	column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'nowhere')	S1	2026-01-05	nowhere
>>> stderr
fs-attendance: nosuch.tsv: No such file or directory
fs-attendance: nocol.tsv: missing column 'status'
fs-attendance: made.tsv: the rejects file is also read by this run; it is left as it was
fs-attendance: nocal.tsv: No such file or directory
fs-attendance: nocol.tsv: missing column 'status'
fs-attendance: 1 invalid row written to rej.tsv
