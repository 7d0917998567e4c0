# The rejects file is emptied only when it is written: a longer file of
# an earlier run does not leave its tail behind.
$ seq 1 50 > rj.tsv; fs-check -t attendance --rejects rj.tsv a.tsv >/dev/null; echo "exit $?"; cat rj.tsv
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
>>> stdout
exit 3
source	reason	secretary_id	date	status
a.tsv:2	column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'nowhere')	S1	2026-01-05	nowhere
>>> stderr
fs-check: 1 invalid row written to rj.tsv
