# An invalid row stops the run (exit 2, nothing on stdout); with
# --rejects it is kept there and the rest is judged (exit 3).
$ fs-audit conduct --rules none --as-of 2026-04-01 c.tsv; echo "exit $?"; fs-audit conduct --rules none --rejects rj.tsv --as-of 2026-04-01 c.tsv; echo "exit $?"; cat rj.tsv
<<< c.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	x
2026-03-02	S1	dinner	no	x
2026-03-03	S1	gift	maybe	x
2026-03-04	S1	gift	no
>>> stdout
exit 2
date	secretary_id	kind	settled	note	problems
2026-03-01	S1	meal	no	x	audit.unpaid-meal
exit 3
source	reason	date	secretary_id	kind	settled	note
c.tsv:3	column 'kind': not one of: meal, gift, reimbursement, banquet, gambling, superstition (got 'dinner')	2026-03-02	S1	dinner	no	x
c.tsv:4	column 'settled': not yes or no (yes, no, y, n, 1, 0, true or false) (got 'maybe')	2026-03-03	S1	gift	maybe	x
c.tsv:5	4 fields where the header has 5	2026-03-04	S1	gift	no
>>> stderr
fs-audit: c.tsv:3: column 'kind': not one of: meal, gift, reimbursement, banquet, gambling, superstition (got 'dinner')
fs-audit: 3 invalid rows written to rj.tsv
