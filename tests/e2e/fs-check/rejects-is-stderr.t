# A rejects file that is also the run's standard error, a regular file
# (--rejects /dev/stderr 2>>cron.log), is refused, exit 2: emptied before
# the rows were written, it took the whole log with it.  The log keeps
# its lines, and gets the refusal.  Into a pipe the rows go, as before.
$ echo "old line" > cron.log; fs-check -t attendance --rejects /dev/stderr a.tsv 2>> cron.log; echo "exit $?"; cat cron.log; { fs-check -t attendance --rejects /dev/stderr a.tsv 2>&1 >/dev/null; echo "exit $?"; } | cat
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S1	x	in_village
>>> stdout
exit 2
old line
fs-check: /dev/stderr: the rejects file is also standard error; it is left as it was
source	reason	secretary_id	date	status
a.tsv:3	column 'date': not a date (YYYY-MM-DD) (got 'x')	S1	x	in_village
fs-check: 1 invalid row written to /dev/stderr
exit 3
