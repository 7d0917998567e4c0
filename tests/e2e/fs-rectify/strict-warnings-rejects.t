# Exit status precedence (SPEC 1.3, 1.6) when --strict-warnings makes a
# warning count: a due-soon item alone exits 1; with a row rejected into
# --rejects, 3 wins over that 1; without --rejects the bad row is 2; a
# file that cannot be read after a rejected row is 2, which wins over 3.
$ fs-rectify --as-of 2026-02-01 --strict-warnings ok.tsv > /dev/null; echo "exit $?"; fs-rectify --as-of 2026-02-01 --strict-warnings --rejects rej.tsv r.tsv; echo "exit $?"; fs-rectify --as-of 2026-02-01 --strict-warnings r.tsv; echo "exit $?"; fs-rectify --as-of 2026-02-01 --strict-warnings --rejects rej.tsv r.tsv nosuch.tsv; echo "exit $?"
<<< ok.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline
A1	V1	c	p	2026-01-01	m	r	2026-02-05
<<< r.tsv
item_id	village_id	category	problem	opened	measure	responsible	deadline
A1	V1	c	p	2026-01-01	m	r	2026-02-05
A2	V1	c	p	bad	m	r	2026-02-05
>>> stdout
exit 1
item_id	village_id	category	deadline	closed	state	days_overdue
A1	V1	c	2026-02-05		due_soon	0
exit 3
exit 2
exit 2
>>> stderr
fs-rectify: 1 invalid row written to rej.tsv
fs-rectify: r.tsv:3: column 'opened': not a date (YYYY-MM-DD) (got 'bad')
fs-rectify: nosuch.tsv: No such file or directory
fs-rectify: 1 invalid row written to rej.tsv
