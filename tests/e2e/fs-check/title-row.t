# A TSV with a title row above the header, given straight to a tool: a
# title with empty cells beside it, then a line of names all filled, is
# said to be a title to delete; a title alone on its line (or with one
# empty cell) makes the header's columns missing, and the message says
# the line after it has the column.  Two names and two empty ones are
# said as before.
$ fs-attendance --as-of 2026-03-31 t1.tsv; fs-attendance --as-of 2026-03-31 t2.tsv; fs-attendance --as-of 2026-03-31 < t3.tsv; fs-check --type attendance t4.tsv; echo "exit $?"
<<< t1.tsv
2026年1月考勤表		
secretary_id	date	status
S01	2026-01-05	in_village
<<< t2.tsv
2026年1月考勤表

secretary_id	date	status
S01	2026-01-05	in_village
<<< t3.tsv
2026年1月考勤表	
secretary_id	date	status
<<< t4.tsv
secretary_id	date		
S01	2026-01-05	in_village	x
>>> stdout
exit 2
>>> stderr
fs-attendance: t1.tsv: line 1 looks like a title above the header: delete it
fs-attendance: t2.tsv: missing column 'secretary_id' (line 3 has it: line 1 looks like a title above the header: delete it)
fs-attendance: <stdin>: missing column 'secretary_id' (line 2 has it: line 1 looks like a title above the header: delete it)
fs-check: t4.tsv: columns 3 and 4 have no name (empty columns a spreadsheet left?)
