# A valid attendance file: one summary line, exit 0.
$ fs-check --type attendance a.tsv
<<< a.tsv
secretary_id	date	status	note
S1	2026-01-05	in_village	
S1	2026-01-06	training	县委组织部培训
S2	2026-01-05	absent	
>>> stdout
file	type	rows	invalid
a.tsv	attendance	3	0
