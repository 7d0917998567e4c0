# --rejects - is refused (exit 2): '-' names standard input everywhere
# else, and standard output carries the report; no file named '-' is
# made.  ./- is a file of that name.
$ fs-check -t attendance --rejects - a.tsv 2> err; echo "exit $?"; head -n 1 err; test -e ./- || echo "no file -"; fs-check -t attendance --rejects ./- a.tsv; echo "exit $?"; cat ./-
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
>>> stdout
exit 2
fs-check: --rejects: '-' is not a file; name one (./- for a file named -)
no file -
file	type	rows	invalid
a.tsv	attendance	1	1
exit 3
source	reason	secretary_id	date	status
a.tsv:2	column 'status': not one of: in_village, village_business, training, leave, sending_unit, absent (got 'nowhere')	S1	2026-01-05	nowhere
>>> stderr
fs-check: 1 invalid row written to ./-
