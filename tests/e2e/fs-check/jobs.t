# --jobs: a file read by several threads gives what one thread gives.
# Rows are counted across parts, a plain duplicate in another part is
# counted as a row, keys are merged (a later file's repeat names the
# right line, past an empty line), and a conflict across parts is
# reported as the ordinary reading reports it.  Standard input that is
# a file is read in parts too; a pipe is not.
$ { cat a.tsv; printf 'S1\t2026-01-05\tleave\n'; } > c.tsv; for j in 1 3 16; do fs-check --jobs $j -t attendance a.tsv; fs-check --jobs $j -t attendance < a.tsv; fs-check --jobs $j -t households h.tsv h2.tsv; fs-check --jobs $j -t attendance c.tsv; done; cat a.tsv | fs-check --jobs 2 -t attendance
<<< a.tsv
secretary_id	date	status
S1	2026-01-05	in_village
S2	2026-01-05	in_village
S3	2026-01-05	in_village
S4	2026-01-05	in_village
S1	2026-01-06	in_village
S2	2026-01-06	in_village
S3	2026-01-06	in_village
S4	2026-01-06	in_village
S1	2026-01-07	in_village
S2	2026-01-07	in_village
S3	2026-01-07	in_village
S4	2026-01-07	in_village
S1	2026-01-08	in_village
S2	2026-01-08	in_village
S3	2026-01-08	in_village
S4	2026-01-08	in_village
S1	2026-01-09	in_village
S2	2026-01-09	in_village
S3	2026-01-09	in_village
S4	2026-01-09	in_village
S1	2026-01-10	in_village
S2	2026-01-10	in_village
S3	2026-01-10	in_village
S4	2026-01-10	in_village
S1	2026-01-11	in_village
S2	2026-01-11	in_village
S3	2026-01-11	in_village
S4	2026-01-11	in_village
S1	2026-01-12	in_village
S2	2026-01-12	in_village
S3	2026-01-12	in_village
S4	2026-01-12	in_village
S1	2026-01-13	in_village
S2	2026-01-13	in_village
S3	2026-01-13	in_village
S4	2026-01-13	in_village
S1	2026-01-14	in_village
S2	2026-01-14	in_village
S3	2026-01-14	in_village
S4	2026-01-14	in_village
S1	2026-01-05	in_village
<<< h.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing
H1	V01	户主1	2	1000.00	poor	
H2	V01	户主2	3	2000.00	poor	
H3	V01	户主3	4	3000.00	poor	
H4	V01	户主4	5	4000.00	poor	
H5	V01	户主5	1	5000.00	poor	

H6	V01	户主6	2	6000.00	poor	
H7	V01	户主7	3	7000.00	poor	
H8	V01	户主8	4	8000.00	poor	
H9	V01	户主9	5	9000.00	poor	
H10	V01	户主10	1	10000.00	poor	
H11	V01	户主11	2	11000.00	poor	
H12	V01	户主12	3	12000.00	poor	
<<< h2.tsv
household_id	village_id	head_name	members	annual_income	status	food_clothing
H20	V02	甲	1	10	poor	
H11	V02	乙	2	10	poor	
>>> stdout
file	type	rows	invalid
a.tsv	attendance	41	0
file	type	rows	invalid
<stdin>	attendance	41	0
file	type	rows	invalid
a.tsv	attendance	41	0
file	type	rows	invalid
<stdin>	attendance	41	0
file	type	rows	invalid
a.tsv	attendance	41	0
file	type	rows	invalid
<stdin>	attendance	41	0
file	type	rows	invalid
<stdin>	attendance	41	0
>>> stderr
fs-check: h2.tsv:3: the same household_id as h.tsv:13 (got 'H11')
fs-check: c.tsv:43: conflicts with 'in_village' at c.tsv:2 for the same secretary_id and date (got 'leave')
fs-check: h2.tsv:3: the same household_id as h.tsv:13 (got 'H11')
fs-check: c.tsv:43: conflicts with 'in_village' at c.tsv:2 for the same secretary_id and date (got 'leave')
fs-check: h2.tsv:3: the same household_id as h.tsv:13 (got 'H11')
fs-check: c.tsv:43: conflicts with 'in_village' at c.tsv:2 for the same secretary_id and date (got 'leave')
