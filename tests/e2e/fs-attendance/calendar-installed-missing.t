# The installed calendar cannot be read (here FS_DATADIR names a folder
# without it): the message names the file, and a second line says it is
# the installed one, not a file on the command line, and the way around
# it.  A policy named only by FS_POLICY is said likewise.
$ FS_DATADIR=nowhere fs-attendance --as-of 2026-06-01 a.tsv; echo "exit $?"; FS_POLICY=nopolicy.tsv fs-attendance --calendar none --as-of 2026-06-01 a.tsv; echo "exit $?"
<<< a.tsv
secretary_id	date	status
S1	2026-03-02	in_village
>>> stdout
exit 2
exit 2
>>> stderr
fs-attendance: nowhere/calendar.tsv: No such file or directory
fs-attendance: (the installed calendar: --calendar FILE gives another, --calendar none counts Monday to Friday)
fs-attendance: nopolicy.tsv: No such file or directory
fs-attendance: (the policy file is named by FS_POLICY in the environment: mend it, or --policy FILE)
