# Roster rows: term_end and left not before term_start; one posting per
# secretary and term_start; ID numbers with a valid check digit.
$ fs-check --type roster r.tsv
<<< r.tsv
secretary_id	name	sending_unit	village_id	term_start	term_end	left	id_number
S1	李明	县财政局	V01	2025-03-01	2027-02-28		11010519491231002X
S2	王芳	县财政局	V02	2025-03-01	2025-02-28		
S3	赵军	县财政局	V03	2025-03-01	2027-02-28	2025-01-01	
S1	李明	县财政局	V04	2025-03-01	2027-02-28		
S4	孙丽	县财政局	V05	2025-03-01	2027-02-28		110105194912310021
S5	周强	县财政局	V06	2025-03-01	2027-02-28		11010519491231002x
>>> stderr
fs-check: r.tsv:3: column 'term_end': term_end before term_start (got '2025-02-28')
fs-check: r.tsv:4: column 'left': left before term_start (got '2025-01-01')
fs-check: r.tsv:5: the same secretary_id and term_start as r.tsv:2 (got 'S1')
fs-check: r.tsv:6: column 'id_number': resident ID number with a wrong check digit (got '110105********0021')
>>> status 2
