# A rejects file that is a link to a file not there yet: the file is made
# where the link points, and the link stays; a run that fails before it
# rejects a row leaves that file as it was.
$ ln -s target.tsv link.tsv; fs-attendance --calendar none --as-of 2026-02-01 --rejects link.tsv a.tsv > /dev/null; echo "exit $?"; test -L link.tsv && echo "still a link"; cut -f 1 target.tsv; cp target.tsv t0; fs-attendance --calendar none --as-of 2026-02-01 --rejects link.tsv nosuch.tsv; echo "exit $?"; cmp target.tsv t0 && echo "as it was"
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
>>> stdout
exit 3
still a link
source
a.tsv:2
exit 2
as it was
>>> stderr
fs-attendance: 1 invalid row written to link.tsv
fs-attendance: nosuch.tsv: No such file or directory
