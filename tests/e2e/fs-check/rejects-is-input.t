# --rejects naming a file the run reads (an input, standard input) is
# refused, exit 2, and that file is left as it was: nothing is read from
# a file emptied for the rejects (fs-attendance/rejects-is-input.t: the
# calendar and the policy).
$ for how in 'a.tsv' '- < a.tsv' 'x.tsv a.tsv'; do cp a0 a.tsv; eval "fs-check -t attendance --rejects a.tsv $how"; echo "exit $?"; cmp a.tsv a0 && echo kept; done
<<< a0
secretary_id	date	status
S1	2026-01-05	nowhere
<<< x.tsv
secretary_id	date	status
S1	2026-01-05	in_village
>>> stdout
exit 2
kept
exit 2
kept
exit 2
kept
>>> stderr
fs-check: a.tsv: the rejects file is also read by this run; it is left as it was
fs-check: a.tsv: the rejects file is also read by this run; it is left as it was
fs-check: a.tsv: the rejects file is also read by this run; it is left as it was
