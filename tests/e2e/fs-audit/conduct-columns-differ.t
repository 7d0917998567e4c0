# The table's columns are the first input's, then those a later input
# adds (read ahead), then problems; a row of an input without one has it
# empty, and an input's own problems column is made again.  A pipe after
# the first input cannot add a column (exit 2).  The findings need only
# each format's columns: the three together, exit 1.  decisions and
# benefits make their table the same way.
$ sh run.sh
<<< run.sh
fs-audit conduct --rules none --as-of 2026-04-01 a.tsv b.tsv c.tsv; echo "exit $?"
cat c.tsv | fs-audit conduct --rules none --as-of 2026-04-01 b.tsv -; echo "exit $?"
cat c.tsv | fs-audit conduct --rules none --as-of 2026-04-01 a.tsv -; echo "exit $?"
fs-audit conduct --rules none --findings --as-of 2026-04-01 a.tsv b.tsv c.tsv > f.tsv; echo "exit $?"; cut -f 2,9 f.tsv
fs-audit benefits --as-of 2026-12-31 ba.tsv bb.tsv | cut -f 1,2,8-; echo "exit $?"
<<< a.tsv
date	secretary_id	kind	settled	note
2026-03-01	S1	meal	no	x
<<< b.tsv
date	secretary_id	kind	settled	problems
2026-03-01	S1	meal	no	old
<<< c.tsv
remark	date	secretary_id	kind	settled	note
y	2026-03-01	S1	meal	no	x
<<< ba.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted
H1	V01	dibao	110101198001010010	2026-01-01	2026-01-07	2026-01-08
<<< bb.tsv
household_id	village_id	program	id_number	notice_start	notice_end	granted	phone
H2	V01	dibao	11010119870707100X	2026-01-01	2026-01-07	2026-01-08	139
>>> stdout
date	secretary_id	kind	settled	note	remark	problems
2026-03-01	S1	meal	no	x		audit.unpaid-meal
2026-03-01	S1	meal	no			audit.unpaid-meal
2026-03-01	S1	meal	no	x	y	audit.unpaid-meal
exit 1
exit 2
exit 2
exit 1
rule	source
audit.unpaid-meal	a.tsv:2
audit.unpaid-meal	b.tsv:2
audit.unpaid-meal	c.tsv:2
household_id	village_id	phone	problems
H1	V01		
H2	V01	139	
exit 0
>>> stderr
fs-audit: <stdin>: column 'remark' is not in the table made before it was read (standard input or a pipe cannot be read ahead: name it first, or save it to a file)
fs-audit: <stdin>: column 'remark' is not in the table made before it was read (standard input or a pipe cannot be read ahead: name it first, or save it to a file)
