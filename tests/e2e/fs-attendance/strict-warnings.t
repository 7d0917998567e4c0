# Warnings alone (here attendance.unrecorded) exit 0; --strict-warnings
# makes them exit 1.
$ fs-attendance --calendar none --as-of 2026-01-09 a.tsv > /dev/null; echo "exit $?"; fs-attendance --calendar none --as-of 2026-01-09 --strict-warnings a.tsv > /dev/null; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-01-01	in_village
S1	2026-01-02	in_village
S1	2026-01-05	in_village
S1	2026-01-06	in_village
S1	2026-01-07	in_village
S1	2026-01-08	in_village
>>> stdout
exit 0
exit 1
