# The rejects file's source column is a text field: a file name with a
# tab or a backslash is written escaped, so every row keeps its columns.
$ fs-check -t attendance --rejects rj.tsv "$(printf 'a\tb.tsv')" 'c\d.tsv' >/dev/null; echo "exit $?"; cut -f1,3- rj.tsv
<<< a	b.tsv
secretary_id	date	status
S1	2026-01-05	nowhere
<<< c\d.tsv
secretary_id	date	status
S2	2026-01-05	away
>>> stdout
exit 3
source	secretary_id	date	status
a\tb.tsv:2	S1	2026-01-05	nowhere
c\\d.tsv:2	S2	2026-01-05	away
>>> stderr
fs-check: 2 invalid rows written to rj.tsv
